/**
 * The report model: immutable records of one period's figures (KPIs, benchmarks, themes, data
 * quality) and the shared vocabulary of metrics, bases, target statuses and scope names that
 * the batch and the reports both speak.
 */
package io.touchstone.reports.model;

/**
 * The outcome KPIs (NPS, CSAT, CES, responses) computed from survey responses for every scope,
 * with their intervals, bases, changes, targets and target status, as the README's
 * "KPI definitions" section defines them.
 */
package io.touchstone.kpi;

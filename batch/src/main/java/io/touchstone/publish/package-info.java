/**
 * Publishing a run: the report model assembled from the warehouse section by section, the
 * dashboard and workbook written for the company and for each slice of the distribution list,
 * and the run's manifest.
 */
package io.touchstone.publish;

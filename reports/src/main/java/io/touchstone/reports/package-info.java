/**
 * The renderers of the reports: the executive PDF dashboard (JasperReports templates under
 * {@code templates/dashboard}) and the finance workbook (POI), both drawn from the report model
 * alone, with every word and number formatted here.
 */
package io.touchstone.reports;

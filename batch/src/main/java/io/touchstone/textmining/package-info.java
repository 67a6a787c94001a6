/**
 * Text mining of the survey comments, posts and employee feedback: sentence splitting,
 * sentiment scoring, the Lucene sentence index, the theme taxonomy and what the nightly job
 * stores from them (theme measures, mined comments, emerging topics).
 *
 * <p>The measures are defined in the README's "Text mining" section; the feeds the texts come
 * from in "The feed contract".
 */
package io.touchstone.textmining;

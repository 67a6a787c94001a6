/**
 * The own brand beside its competitors: the gaps to a vendor's benchmark (own score, industry,
 * significance, rank) and the social benchmark of posts about every brand.
 *
 * <p>The gap, its significance and the low-base rule are defined in the README's "KPI
 * definitions" section; the social benchmark's measures in "Text mining".
 */
package io.touchstone.benchmark;

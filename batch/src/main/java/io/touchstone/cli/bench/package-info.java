/**
 * The benchmark's floors: each stage of the nightly job measured beside the bare tool doing the
 * same work on the same data in the same process — {@code COPY}, the {@code GROUP BY CUBE}
 * tally, bare Lucene, bare POI and Jasper — for {@code touchstone benchmark} only.
 */
package io.touchstone.cli.bench;

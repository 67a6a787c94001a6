package io.touchstone.textmining;

import io.touchstone.period.ReportingPeriod;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A half-open span of time, {@code from} inclusive and {@code before} exclusive: what one period covers in a zone. */
record TimeRange(OffsetDateTime from, OffsetDateTime before) {

    static TimeRange of(ReportingPeriod period, ZoneId zone) {
        return new TimeRange(period.startsAt(zone), period.endsBefore(zone));
    }
}

package io.touchstone.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoTimestampTest {

    @Test
    void readsTimestampsAsTheIsoFormatterDoes() {
        for (String text : List.of("2026-11-20T14:03:00+01:00", "2026-11-20T13:03:00Z", "2026-11-20T13:03:00.5Z",
                "2026-11-20T13:03:00.123456789-05:30", "2024-02-29T23:59:59+14:00", "2026-01-01T00:00:00-00:00",
                "2026-11-20T14:03+01:00", "2026-11-20t14:03:00z", "2026-11-20T14:03:00+01:00:30",
                "2026-11-20T14:03:00+0100", "+12026-11-20T14:03:00Z", "2026-11-20T14:03:00.Z")) {
            OffsetDateTime expected;
            try {
                expected = OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> IsoTimestamp.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
                continue;
            }
            assertThat(IsoTimestamp.parse(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void rejectsWhatTheIsoFormatterRejects() {
        for (String text : List.of("2026-13-20T14:03:00Z", "2025-02-29T14:03:00Z", "2026-11-20T24:00:00Z",
                "2026-11-20T14:60:00Z", "2026-11-20T14:03:60Z", "2026-11-20T14:03:00+19:00", "2026-11-20T14:03:00+01:60",
                "2026-11-20T14:03:00", "2026-11-20 14:03:00+01:00", "2026-11-2OT14:03:00Z", "2026-11-20T14:03:00.1234567890Z",
                "yesterday", "2026-11-20T14:03:00+01:00 ")) {
            assertThatThrownBy(() -> IsoTimestamp.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}

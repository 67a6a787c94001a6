package io.touchstone.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataScrubberTest {

    @Test
    void personalDataIsReplacedByMarkers() {
        assertThat(PersonalDataScrubber.scrub("Email me at jane.doe+cx@mail.example.co.uk please"))
                .isEqualTo("Email me at [email] please");
        assertThat(PersonalDataScrubber.scrub("Call 07700 900123 or +44 (0)20 7946 0958 today"))
                .isEqualTo("Call [phone] or [phone] today");
        assertThat(PersonalDataScrubber.scrub("Charged to 4111 1111 1111 1111 twice"))
                .isEqualTo("Charged to [card number] twice");
        assertThat(PersonalDataScrubber.scrub("See https://track.example.com/p?token=abc123&id=9 now"))
                .isEqualTo("See [link] now");
        assertThat(PersonalDataScrubber.scrub("Thanks @NorthwindHelp and @jane_doe!"))
                .isEqualTo("Thanks [handle] and [handle]!");
    }

    @Test
    void erasingLeavesNeitherTheDataNorAMarker() {
        assertThat(PersonalDataScrubber.erase("Write to sam@example.com or call 07700 900123, thanks @jane_doe"))
                .isEqualTo("Write to   or call  , thanks  ");
    }

    @Test
    void ordinaryNumbersAndTextStay() {
        String text = "Waited 45 minutes on 12/10, order 2024, 3 items, Zoë's café";
        assertThat(PersonalDataScrubber.scrub(text)).isEqualTo(text);
        assertThat(PersonalDataScrubber.erase(text)).isEqualTo(text);
    }

    @Test
    void aLinkIsFoundInEitherCaseAndWordsThatOnlyStartLikeOneAreLeftAlone() {
        assertThat(PersonalDataScrubber.scrub("Go to WWW.Example.com or HTTPS://shop.example/x then Www.b.example"))
                .isEqualTo("Go to [link] or [link] then [link]");
        assertThat(PersonalDataScrubber.mayHoldPersonalData("What a wonderful shop, worth the wait, Whew")).isFalse();
        assertThat(PersonalDataScrubber.mayHoldPersonalData("it ends in htt")).isFalse();
        assertThat(PersonalDataScrubber.mayHoldPersonalData("then Http.")).isTrue();
    }
}

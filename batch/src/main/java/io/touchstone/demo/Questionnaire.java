package io.touchstone.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Which of the three score questions a survey asks. Not every survey asks all three: a text
 * message has room for one or two questions, a phone survey skips the effort question more often
 * than not, and some transactional surveys never ask the recommend question.
 */
enum Questionnaire {
    FULL(true, true, true),
    NPS_AND_CSAT(true, true, false),
    CSAT_AND_CES(false, true, true),
    NPS_ONLY(true, false, false),
    CSAT_ONLY(false, true, false);

    private static final WeightedPick<Questionnaire> ONLINE = new WeightedPick<>(
            List.of(FULL, NPS_AND_CSAT, CSAT_AND_CES), 75, 10, 15);
    private static final WeightedPick<Questionnaire> TEXT_MESSAGE = new WeightedPick<>(
            List.of(NPS_ONLY, NPS_AND_CSAT, CSAT_ONLY), 55, 30, 15);
    private static final WeightedPick<Questionnaire> PHONE = new WeightedPick<>(
            List.of(NPS_AND_CSAT, CSAT_AND_CES), 60, 40);

    final boolean asksNps;
    final boolean asksCsat;
    final boolean asksCes;

    Questionnaire(boolean asksNps, boolean asksCsat, boolean asksCes) {
        this.asksNps = asksNps;
        this.asksCsat = asksCsat;
        this.asksCes = asksCes;
    }

    static Questionnaire forChannel(String channel, SplittableRandom random) {
        return switch (channel) {
            case "sms" -> TEXT_MESSAGE.pick(random);
            case "ivr" -> PHONE.pick(random);
            default -> ONLINE.pick(random);
        };
    }
}

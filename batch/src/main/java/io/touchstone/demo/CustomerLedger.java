package io.touchstone.demo;

import io.touchstone.demo.AnswerSampler.Mood;
import java.util.Arrays;

/**
 * What the accounts need to know of each customer who answered: when they last answered, and in
 * which NPS group their latest NPS answer put them. Responses come in time order, so the latest
 * simply overwrites the earlier.
 *
 * <p>Kept in arrays indexed by customer number, 17 bytes a customer: a million responses come
 * from well under a million customers, so this stays a few megabytes where a map of records would
 * take ten times that.
 */
final class CustomerLedger {

    private static final byte NO_NPS = 0;

    private long[] lastAnswered = new long[1 << 12];
    private long[] lastNpsAnswered = new long[1 << 12];
    private byte[] lastGroup = new byte[1 << 12];
    private int highest;

    /** Notes that customer {@code customerId} answered at {@code respondedAt}, with {@code nps} if asked. */
    void note(String customerId, long respondedAt, Integer nps) {
        int number = Integer.parseInt(customerId, 1, customerId.length(), 10);
        if (number >= lastAnswered.length) {
            int size = Math.max(number + 1, lastAnswered.length * 2);
            lastAnswered = Arrays.copyOf(lastAnswered, size);
            lastNpsAnswered = Arrays.copyOf(lastNpsAnswered, size);
            lastGroup = Arrays.copyOf(lastGroup, size);
        }
        highest = Math.max(highest, number);
        lastAnswered[number] = respondedAt;
        if (nps != null) {
            lastNpsAnswered[number] = respondedAt;
            lastGroup[number] = (byte) (Mood.ofNps(nps).ordinal() + 1);
        }
    }

    /** Hands every customer who answered to {@code visitor}, by customer number. */
    void forEach(Visitor visitor) {
        for (int number = 1; number <= highest; number++) {
            if (lastAnswered[number] != 0) {
                Mood group = lastGroup[number] == NO_NPS ? null : Mood.values()[lastGroup[number] - 1];
                visitor.visit(number, lastAnswered[number], lastNpsAnswered[number], group);
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        /**
         * @param lastNpsAnswered when the latest NPS answer was given, 0 if never asked
         * @param group           the NPS group of the latest NPS answer, {@code null} if never asked
         */
        void visit(int customerNumber, long lastAnswered, long lastNpsAnswered, Mood group);
    }
}

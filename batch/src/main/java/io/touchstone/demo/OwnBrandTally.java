package io.touchstone.demo;

/**
 * Keeps monthly running totals of the own brand's survey scores while responses stream past, so
 * the research panel's own-brand figures can sit close to what the survey measured without the
 * responses being held in memory.
 */
final class OwnBrandTally {

    private final long[] npsAnswers = new long[FieldworkCalendar.MONTHS];
    private final long[] npsNet = new long[FieldworkCalendar.MONTHS];
    private final long[] deliveryNpsAnswers = new long[FieldworkCalendar.MONTHS];
    private final long[] deliveryNpsNet = new long[FieldworkCalendar.MONTHS];
    private final long[] csatAnswers = new long[FieldworkCalendar.MONTHS];
    private final long[] csatTopTwo = new long[FieldworkCalendar.MONTHS];
    private final long[] cesAnswers = new long[FieldworkCalendar.MONTHS];
    private final long[] cesSum = new long[FieldworkCalendar.MONTHS];

    void add(int monthIndex, SurveyResponse response) {
        if (response.nps() != null) {
            int net = netContribution(response.nps());
            npsAnswers[monthIndex]++;
            npsNet[monthIndex] += net;
            if (response.touchpoint().equals("delivery")) {
                deliveryNpsAnswers[monthIndex]++;
                deliveryNpsNet[monthIndex] += net;
            }
        }
        if (response.csat() != null) {
            csatAnswers[monthIndex]++;
            csatTopTwo[monthIndex] += response.csat() >= 4 ? 1 : 0;
        }
        if (response.ces() != null) {
            cesAnswers[monthIndex]++;
            cesSum[monthIndex] += response.ces();
        }
    }

    /** The month's NPS, or {@code fallback} when too few answered to say. */
    double nps(int monthIndex, double fallback) {
        return ratio(100.0 * npsNet[monthIndex], npsAnswers[monthIndex], fallback);
    }

    double deliveryNps(int monthIndex, double fallback) {
        return ratio(100.0 * deliveryNpsNet[monthIndex], deliveryNpsAnswers[monthIndex], fallback);
    }

    double csat(int monthIndex, double fallback) {
        return ratio(100.0 * csatTopTwo[monthIndex], csatAnswers[monthIndex], fallback);
    }

    double ces(int monthIndex, double fallback) {
        return ratio(cesSum[monthIndex], cesAnswers[monthIndex], fallback);
    }

    private static int netContribution(int nps) {
        return nps >= 9 ? 1 : nps <= 6 ? -1 : 0;
    }

    /** Below 30 answers a survey figure is a low base; the panel then uses its own expectation. */
    private static double ratio(double numerator, long answers, double fallback) {
        return answers < 30 ? fallback : numerator / answers;
    }
}

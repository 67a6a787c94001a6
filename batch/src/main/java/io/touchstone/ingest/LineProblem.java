package io.touchstone.ingest;

/**
 * One thing wrong with a line: the reason a person reads, quoting what the file held
 * ({@code nps must be a whole number 0-10, got '12'}), and the rule it broke, the same words
 * without the value ({@code nps must be a whole number 0-10}), by which rejects are counted and
 * which never prints what a customer typed.
 */
public record LineProblem(String rule, String reason) {

    /** A problem whose rule says it all, since there is no value to quote. */
    public static LineProblem of(String rule) {
        return new LineProblem(rule, rule);
    }

    /** A rule broken by a value: the reason is the rule and the value, quoted as {@link QuotedValue} does. */
    public static LineProblem got(String rule, String value) {
        return new LineProblem(rule, rule + ", got " + QuotedValue.of(value));
    }
}

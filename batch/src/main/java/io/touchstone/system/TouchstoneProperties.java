package io.touchstone.system;

import io.touchstone.period.FiscalCalendar;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code touchstone.*} setting, bound from {@code application.yml} where each is
 * documented with its default.
 *
 * @param home the home folder (set by the command line)
 * @param ownBrand the brand the survey responses measure; every other brand is a competitor
 * @param reporting how periods are cut and numbers printed
 * @param base the low-base and suppression thresholds (README, "KPI definitions")
 * @param ingest how feeds are read
 * @param textMining where the theme taxonomy and sentiment overrides come from
 * @param feeds per feed, a mapping from the contract's column names to the sender's headers
 * @param fiscal finance's fiscal calendar
 * @param delivery how published reports are e-mailed (the mail server itself is {@code spring.mail.*})
 * @param finance the reporting currency and the exchange rates account revenue is converted with
 * @param operations the settings of the operational, closing-the-loop and money KPIs
 * @param sources databases feeds can be read from instead of inbox files, by name
 */
@ConfigurationProperties("touchstone")
public record TouchstoneProperties(
        Path home,
        @DefaultValue("Northwind") String ownBrand,
        @DefaultValue Reporting reporting,
        @DefaultValue Base base,
        @DefaultValue Ingest ingest,
        @DefaultValue TextMining textMining,
        Map<String, Feed> feeds,
        @DefaultValue Fiscal fiscal,
        @DefaultValue Delivery delivery,
        @DefaultValue Finance finance,
        @DefaultValue Operations operations,
        Map<String, Source> sources) {

    public TouchstoneProperties {
        feeds = feeds == null ? Map.of() : Map.copyOf(feeds);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    public TouchstoneHome touchstoneHome() {
        return TouchstoneHome.resolve(home);
    }

    /** The column mapping for a feed; empty when the sender uses the contract's names. */
    public Map<String, String> columnsOf(String feed) {
        Feed configured = feeds.get(feed);
        return configured == null ? Map.of() : configured.columns();
    }

    /**
     * @param journeyStages the customer journey in order, each stage with its touchpoints: the
     *     rows of the dashboard's heatmap (a touchpoint in none is shown under "Other")
     * @param distribution the burst distribution file ({@code null}: {@code distribution.yml} in
     *     the home folder, when it exists)
     */
    public record Reporting(
            @DefaultValue("UTC") ZoneId timeZone,
            @DefaultValue("en-GB") Locale locale,
            @DefaultValue("A4") String pageSize,
            @DefaultValue("13") int trendPeriods,
            List<JourneyStage> journeyStages,
            Path distribution) {

        public Reporting {
            journeyStages = journeyStages == null ? List.of() : List.copyOf(journeyStages);
        }
    }

    public record JourneyStage(String name, List<String> touchpoints) {
        public JourneyStage {
            touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
        }
    }

    /**
     * @param firstMonth the calendar month (1-12) fiscal period P01 starts in; fiscal years are
     *     named by the calendar year they end in
     */
    public record Fiscal(@DefaultValue("9") int firstMonth) {

        public FiscalCalendar calendar() {
            return new FiscalCalendar(firstMonth);
        }
    }

    public record Base(@DefaultValue("30") int low, @DefaultValue("10") int suppressBelow) {
    }

    /**
     * @param oldest how far before the business date a timestamp in a feed may lie
     * @param newest how far after the business date a timestamp in a feed may lie
     * @param maxRecordLength the most characters one record (line) of a file may hold; a longer one
     *     sends its file to quarantine
     */
    public record Ingest(
            @DefaultValue("10000") int chunkSize,
            @DefaultValue("en") String defaultLanguage,
            @DefaultValue("P20Y") Period oldest,
            @DefaultValue("P2D") Period newest,
            @DefaultValue("67108864") int maxRecordLength) {

        /** FastCSV's own default, per field. */
        private static final int SMALLEST_RECORD_LIMIT = 16 * 1024 * 1024;

        public Ingest {
            if (chunkSize < 1) {
                throw new IllegalArgumentException("touchstone.ingest.chunk-size (rows per transaction) must be 1 or"
                        + " more, got " + chunkSize);
            }
            if (oldest.isNegative() || newest.isNegative()) {
                throw new IllegalArgumentException("touchstone.ingest.oldest and .newest are distances from the"
                        + " business date and cannot be negative, got " + oldest + " and " + newest);
            }
            if (maxRecordLength < SMALLEST_RECORD_LIMIT) {
                throw new IllegalArgumentException("touchstone.ingest.max-record-length must be at least "
                        + SMALLEST_RECORD_LIMIT + " characters, got " + maxRecordLength);
            }
        }
    }

    /**
     * @param taxonomy a theme taxonomy file replacing the built-in one ({@code null}: built-in)
     * @param lexicon extra {@code word<TAB>valence} lines for the sentiment lexicon
     * @param names product and brand names that carry no sentiment, beyond the own brand and the
     *     brands the posts and benchmarks name
     * @param learning how sentiment learns the company's own language from its customers' scores
     */
    public record TextMining(Path taxonomy, Path lexicon, List<String> names, @DefaultValue Learning learning) {
        public TextMining {
            names = names == null ? List.of() : List.copyOf(names);
            learning = learning == null ? new Learning(true, 2000, 0.2, Period.ofMonths(12), 0.5) : learning;
        }
    }

    /**
     * @param enabled whether the nightly run learns from the scored texts at all
     * @param minimumScoredTexts below this many scored texts in the look-back (or with fewer than a
     *     tenth of them on either side) sentiment comes from the lexicon alone
     * @param heldOutShare the share of scored texts, chosen by a stable hash of their id, that never
     *     train the model and on which the agreement is measured
     * @param lookBack how far before the end of the reporting period scored texts are learned from
     *     (the reporting period itself always)
     * @param blendWeight the learned model's weight in the blended score; the lexicon's is 1 − it
     */
    public record Learning(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2000") int minimumScoredTexts,
            @DefaultValue("0.2") double heldOutShare,
            @DefaultValue("P12M") Period lookBack,
            @DefaultValue("0.5") double blendWeight) {

        public Learning {
            if (minimumScoredTexts < 1) {
                throw new IllegalArgumentException("touchstone.text-mining.learning.minimum-scored-texts must be 1 or"
                        + " more, got " + minimumScoredTexts);
            }
            if (heldOutShare <= 0 || heldOutShare >= 1) {
                throw new IllegalArgumentException("touchstone.text-mining.learning.held-out-share must be between 0"
                        + " and 1 (0.2 holds out a fifth), got " + heldOutShare);
            }
            if (blendWeight < 0 || blendWeight > 1) {
                throw new IllegalArgumentException("touchstone.text-mining.learning.blend-weight must be between 0 (the"
                        + " lexicon alone) and 1 (the learned model alone), got " + blendWeight);
            }
            if (lookBack.isNegative()) {
                throw new IllegalArgumentException("touchstone.text-mining.learning.look-back cannot be negative, got "
                        + lookBack);
            }
        }
    }

    /**
     * @param from the sender of every message
     * @param alerts who is told about a failed run or failed deliveries (none: nobody)
     * @param maxAttachment the largest file attached to a message; a larger one is sent as a link
     *     into the web console
     * @param consoleUrl the web console's address, the base of those links
     * @param attempts tries per message while the mail server fails transiently (4xx replies,
     *     no connection); a permanent refusal (5xx) is not tried again
     * @param retryBackoff the wait before the second try, doubled before each further one
     */
    public record Delivery(
            @DefaultValue("touchstone@localhost") String from,
            List<String> alerts,
            @DefaultValue("10MB") DataSize maxAttachment,
            @DefaultValue("http://localhost:8080") String consoleUrl,
            @DefaultValue("3") int attempts,
            @DefaultValue("30s") Duration retryBackoff) {

        public Delivery {
            alerts = alerts == null ? List.of() : List.copyOf(alerts);
            if (attempts < 1) {
                throw new IllegalArgumentException("touchstone.delivery.attempts (tries per message) must be 1 or more,"
                        + " got " + attempts);
            }
            consoleUrl = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
        }
    }

    /**
     * A feed's settings.
     *
     * @param columns the sender's header name for a contract column, when it differs
     * @param source the name of a {@link Source} to read the feed from instead of inbox files
     *     ({@code null}: files)
     * @param query the SELECT that reads the feed from its source, its columns named as in the
     *     contract, with {@code :last_watermark} where only rows changed since the last committed
     *     run are wanted
     * @param watermark the column of the query's result that advances the watermark
     */
    public record Feed(Map<String, String> columns, String source, String query,
            @DefaultValue("updated_at") String watermark) {
        public Feed {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }
    }

    /**
     * A database feeds can be read from.
     *
     * @param url its JDBC URL
     * @param user the user to connect as
     * @param passwordEnv the environment variable holding the password (never the password itself)
     */
    public record Source(String url, String user, String passwordEnv) {
    }

    /**
     * @param currency the ISO 4217 code every amount is reported in
     * @param fxRates per ISO 4217 code, the reporting currency's amount for one unit of it; an
     *     account in a currency with no rate (other than the reporting currency) is rejected
     */
    public record Finance(@DefaultValue("EUR") String currency, Map<String, BigDecimal> fxRates) {
        public Finance {
            currency = currency.toUpperCase(Locale.ROOT);
            Map<String, BigDecimal> rates = new TreeMap<>();
            if (fxRates != null) {
                for (Map.Entry<String, BigDecimal> rate : fxRates.entrySet()) {
                    if (rate.getValue() == null || rate.getValue().signum() <= 0) {
                        throw new IllegalArgumentException("touchstone.finance.fx-rates." + rate.getKey()
                                + " must be a positive number of " + currency + " per unit, got " + rate.getValue());
                    }
                    rates.put(rate.getKey().toUpperCase(Locale.ROOT), rate.getValue());
                }
            }
            rates.put(currency, BigDecimal.ONE);
            fxRates = Map.copyOf(rates);
        }

        /** The reporting currency's amount for one unit of {@code code}; {@code null} without a rate. */
        public BigDecimal rateOf(String code) {
            return code == null ? null : fxRates.get(code.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @param loopSla how soon after a detractor's response a {@code contacted} follow-up closes
     *     the loop ({@code LOOP_CLOSED_RATE})
     * @param churnHorizon how long after responding an account's churn counts against its NPS
     *     group ({@code CHURN_RATE_*})
     * @param driverLookback how far before a response its customer's interaction may lie to count
     *     as the one the customer was thinking of (service drivers)
     * @param waitBands the upper bounds of the wait bands of the service drivers, ascending; the
     *     last band is open-ended
     */
    public record Operations(
            @DefaultValue("48h") Duration loopSla,
            @DefaultValue("180d") Duration churnHorizon,
            @DefaultValue("30d") Duration driverLookback,
            @DefaultValue({"60s", "5m", "15m"}) List<Duration> waitBands) {
        public Operations {
            waitBands = List.copyOf(waitBands);
            for (int i = 1; i < waitBands.size(); i++) {
                if (waitBands.get(i).compareTo(waitBands.get(i - 1)) <= 0) {
                    throw new IllegalArgumentException("touchstone.operations.wait-bands must ascend, got " + waitBands);
                }
            }
        }
    }
}

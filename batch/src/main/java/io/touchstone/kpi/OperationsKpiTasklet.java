package io.touchstone.kpi;

import io.touchstone.run.NightlyRun;
import io.touchstone.system.Millis;
import io.touchstone.system.TouchstoneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Computes what teams can move, whether the loop is closed with unhappy customers and what it
 * is worth in money: the operational and loop KPIs, the agent teams' KPIs, churn and revenue, and
 * the service drivers. Each replaces what was stored for its periods in the step's transaction,
 * so a rerun or a restart ends with exactly the rows a clean run would.
 */
@Component
public final class OperationsKpiTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OperationsKpiTasklet.class);

    private final OperationalKpis operational;
    private final MoneyKpis money;
    private final ServiceDrivers drivers;
    private final TouchstoneProperties properties;

    public OperationsKpiTasklet(OperationalKpis operational, MoneyKpis money, ServiceDrivers drivers,
            TouchstoneProperties properties) {
        this.operational = operational;
        this.money = money;
        this.drivers = drivers;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunMoments moments = new RunMoments(NightlyRun.of(contribution.getStepExecution()),
                properties.reporting().timeZone());
        long start = System.nanoTime();
        int operationalRows = operational.replace(moments);
        long afterOperational = System.nanoTime();
        int moneyRows = money.replace(moments);
        long afterMoney = System.nanoTime();
        int driverRows = drivers.replace(moments);
        log.info("Operations KPIs of {}: operational and loop KPIs in {} ms, money in {} ms, service drivers in {} ms",
                moments.run().period().label(), Millis.between(start, afterOperational),
                Millis.between(afterOperational, afterMoney), Millis.between(afterMoney, System.nanoTime()));
        contribution.incrementWriteCount(operationalRows + moneyRows + driverRows);
        return RepeatStatus.FINISHED;
    }

}

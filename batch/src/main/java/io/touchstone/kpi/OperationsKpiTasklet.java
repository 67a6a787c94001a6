package io.touchstone.kpi;

import io.touchstone.run.NightlyRun;
import io.touchstone.system.TouchstoneProperties;
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
        contribution.incrementWriteCount(operational.replace(moments) + money.replace(moments)
                + drivers.replace(moments));
        return RepeatStatus.FINISHED;
    }
}

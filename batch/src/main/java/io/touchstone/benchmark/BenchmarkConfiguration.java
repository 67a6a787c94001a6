package io.touchstone.benchmark;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The benchmark feature's own step of the nightly job, which the job configuration puts after theme mining. */
@Configuration(proxyBeanMethods = false)
public class BenchmarkConfiguration {

    @Bean
    Step socialBenchmarkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SocialBenchmarkTasklet tasklet) {
        return new StepBuilder("socialBenchmarkStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}

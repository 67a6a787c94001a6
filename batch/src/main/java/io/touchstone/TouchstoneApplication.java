package io.touchstone;

import io.touchstone.reports.ExecutiveDashboard;
import io.touchstone.reports.FinanceWorkbookWriter;
import io.touchstone.system.TouchstoneProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The Spring Boot application behind the {@code touchstone} command. */
@SpringBootApplication
@EnableConfigurationProperties(TouchstoneProperties.class)
public class TouchstoneApplication {

    @Bean
    ExecutiveDashboard executiveDashboard(TouchstoneProperties properties) {
        return new ExecutiveDashboard(ExecutiveDashboard.PageSize.valueOf(properties.reporting().pageSize()));
    }

    @Bean
    FinanceWorkbookWriter financeWorkbookWriter() {
        return new FinanceWorkbookWriter();
    }
}

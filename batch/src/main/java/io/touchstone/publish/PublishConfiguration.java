package io.touchstone.publish;

import io.touchstone.reports.ExecutiveDashboard;
import io.touchstone.reports.FinanceWorkbookWriter;
import io.touchstone.system.TouchstoneProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report writers of the {@code reports} library as beans: they are plain classes (records in,
 * files out), so the settings they take are handed over here.
 */
@Configuration(proxyBeanMethods = false)
public class PublishConfiguration {

    @Bean
    ExecutiveDashboard executiveDashboard(TouchstoneProperties properties) {
        return new ExecutiveDashboard(ExecutiveDashboard.PageSize.valueOf(properties.reporting().pageSize()));
    }

    @Bean
    FinanceWorkbookWriter financeWorkbookWriter() {
        return new FinanceWorkbookWriter();
    }
}

package dev.entente.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.application.EntenteEngine;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An application that needs an engine but configured no store is told which property to set. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(OutputCaptureExtension.class)
class NoStoreFailureAnalyzerTest {

    @Test
    void the_failure_report_names_the_properties_that_configure_a_store(CapturedOutput output) {
        SpringApplication application = new SpringApplication(NeedsAnEngine.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> {
            try (ConfigurableApplicationContext ignored = application.run()) {
                throw new AssertionError("the application started without a store");
            }
        }).hasRootCauseInstanceOf(org.springframework.beans.factory.NoSuchBeanDefinitionException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("The application needs an Entente engine, but no store is configured for one")
                .contains("entente.embedded.directory=")
                .contains("entente.in-memory=true")
                .contains("spring.datasource.url=jdbc:postgresql://");
    }

    @Test
    void a_missing_bean_of_another_type_is_left_to_Boots_own_analysis() {
        NoStoreFailureAnalyzer analyzer = new NoStoreFailureAnalyzer();

        assertThat(analyzer.analyze(new org.springframework.beans.factory.NoSuchBeanDefinitionException(
                String.class))).isNull();
        assertThat(analyzer.analyze(new org.springframework.beans.factory.NoSuchBeanDefinitionException(
                EntenteEngine.class))).isNotNull();
    }

    /** An application with the starter's auto-configuration and a bean that needs the engine. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(EntenteAutoConfiguration.class)
    static class NeedsAnEngine {

        @Bean
        String relations(EntenteEngine engine) {
            return engine.describeStorage();
        }
    }
}

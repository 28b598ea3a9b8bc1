package dev.entente.spring;

import dev.entente.application.EntenteEngine;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The health indicator {@code entente}, where the application has Actuator and an engine. A configuration of its
 * own, after {@link EntenteAutoConfiguration}, so that the engine is known when its condition is evaluated.
 */
@AutoConfiguration(after = EntenteAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(EntenteEngine.class)
public class EntenteHealthAutoConfiguration {

    /** The auto-configuration; Spring creates it. */
    public EntenteHealthAutoConfiguration() {
    }

    /** Up while the engine's store answers. */
    @Bean
    @ConditionalOnMissingBean(name = "ententeHealthIndicator")
    public EntenteHealthIndicator ententeHealthIndicator(EntenteEngine engine) {
        return new EntenteHealthIndicator(engine);
    }
}

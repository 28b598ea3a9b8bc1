package dev.entente.spring;

import dev.entente.adapters.json.EntenteJacksonModule;
import dev.entente.application.EntenteEngine;
import dev.entente.application.EntenteExtension;
import dev.entente.embedded.Entente;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration of an {@link EntenteEngine}: on the embedded store in
 * {@code entente.embedded.directory}, in memory with {@code entente.in-memory=true}, or else on the application's
 * {@code DataSource} (PostgreSQL), in that order; an engine the application declares itself wins over all three.
 * The engine is closed when the context closes and before the {@code DataSource} it uses (Spring destroys a bean
 * before the beans it was given). It also declares {@link EntenteJacksonModule}, which Boot adds to its
 * {@code ObjectMapper}; with Actuator, {@link EntenteHealthAutoConfiguration} adds a health indicator. It starts no Axon Server
 * connector: Entente's engines never use one. Every bean of type {@link EntenteExtension} is given to the engine
 * (docs/extending.md). With none of the three stores configured, {@link NoStoreFailureAnalyzer} says which property to
 * set.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        beforeName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass(EntenteEngine.class)
@EnableConfigurationProperties(EntenteProperties.class)
public class EntenteAutoConfiguration {

    /** The auto-configuration; Spring creates it. */
    public EntenteAutoConfiguration() {
        DependencyVersions.warnIfDowngraded();
    }

    /** An engine on the embedded SQLite store in {@code entente.embedded.directory}. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(EntenteEngine.class)
    @ConditionalOnProperty(prefix = "entente.embedded", name = "directory")
    public EntenteEngine ententeEmbeddedEngine(EntenteProperties properties, ObjectProvider<EntenteExtension> extensions) {
        return Entente.embedded(properties.getEmbedded().getDirectory(), extensions(extensions));
    }

    /** An engine in memory, with {@code entente.in-memory=true}. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(EntenteEngine.class)
    @ConditionalOnProperty(prefix = "entente", name = "in-memory", havingValue = "true")
    public EntenteEngine ententeInMemoryEngine(ObjectProvider<EntenteExtension> extensions) {
        return Entente.inMemory(extensions(extensions));
    }

    /**
     * An engine on the application's PostgreSQL {@code DataSource}, a pool the application owns: taking it as a
     * parameter makes Spring close the engine first.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(EntenteEngine.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    public EntenteEngine ententePostgresEngine(DataSource dataSource, ObjectProvider<EntenteExtension> extensions) {
        return Entente.postgres(dataSource, extensions(extensions));
    }

    /** The application's extension beans, in their declared order. */
    private static EntenteExtension[] extensions(ObjectProvider<EntenteExtension> extensions) {
        return extensions.orderedStream().toArray(EntenteExtension[]::new);
    }

    /** Entente's value objects as their text ({@code "AZ-PK"}) in the application's JSON. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
    public EntenteJacksonModule ententeJacksonModule() {
        return new EntenteJacksonModule();
    }
}

package dev.entente.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.adapters.jdbc.testing.PostgresDatabases;
import dev.entente.application.EntenteEngine;
import dev.entente.application.EntenteExtension;
import dev.entente.application.RecordedEvent;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.embedded.Entente;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntenteAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EntenteAutoConfiguration.class,
                    EntenteHealthAutoConfiguration.class, JacksonAutoConfiguration.class));

    @Test
    void an_engine_on_the_embedded_store_named_by_the_property(@TempDir Path directory) {
        runner.withPropertyValues("entente.embedded.directory=" + directory).run(context -> {
            assertThat(context).hasSingleBean(EntenteEngine.class);
            assertThat(context.getBean(EntenteEngine.class).describeStorage()).contains("SQLite");
            assertThat(directory.resolve("entente.db")).exists();
        });
    }

    @Test
    void an_engine_in_memory_when_asked() {
        runner.withPropertyValues("entente.in-memory=true").run(context ->
                assertThat(context.getBean(EntenteEngine.class).describeStorage()).contains("memory"));
    }

    @Test
    void an_engine_on_the_applications_postgres_data_source_closed_before_the_pool() {
        try (PostgresDatabases postgres = PostgresDatabases.start()) {
            DataSource pool = postgres.newDatabase("entente_starter");
            runner.withBean("dataSource", DataSource.class, () -> pool).run(context -> {
                assertThat(context).hasSingleBean(EntenteEngine.class);
                assertThat(context.getBean(EntenteEngine.class).describeStorage()).containsIgnoringCase("postgres");
                // Spring destroys a bean before the beans it depends on: this is what closes the engine first.
                assertThat(context.getBeanFactory().getDependentBeans("dataSource"))
                        .contains("ententePostgresEngine");
            });
        }
    }

    @Test
    void an_engine_the_application_declares_wins(@TempDir Path directory) {
        runner.withPropertyValues("entente.embedded.directory=" + directory)
                .withBean("myEngine", EntenteEngine.class, Entente::inMemory, definition -> definition.setDestroyMethodName("close"))
                .run(context -> {
                    assertThat(context).hasSingleBean(EntenteEngine.class);
                    assertThat(context).hasBean("myEngine");
                    assertThat(directory.resolve("entente.db")).doesNotExist();
                });
    }

    @Test
    void no_store_configured_means_no_engine() {
        runner.run(context -> assertThat(context).doesNotHaveBean(EntenteEngine.class)
                .doesNotHaveBean(EntenteHealthIndicator.class));
    }

    @Test
    void the_applications_object_mapper_writes_value_objects_as_their_text() {
        runner.withPropertyValues("entente.in-memory=true").run(context -> {
            ObjectMapper mapper = context.getBean(ObjectMapper.class);
            assertThat(mapper.writeValueAsString(Dyad.of("PK", "AZ"))).isEqualTo("\"AZ-PK\"");
            assertThat(mapper.readValue("\"AZ-PK\"", Dyad.class)).isEqualTo(Dyad.of("AZ", "PK"));
        });
    }

    @Test
    void the_health_indicator_reports_the_engine_up_with_its_storage() {
        runner.withPropertyValues("entente.in-memory=true").run(context -> {
            var health = context.getBean(EntenteHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("dyads", 0).containsKey("storage");
        });
    }

    @Test
    void the_health_indicator_reports_an_engine_whose_store_is_closed_down(@TempDir Path directory) {
        EntenteEngine engine = Entente.embedded(directory);
        engine.close();

        assertThat(new EntenteHealthIndicator(engine).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void no_axon_server_connector_comes_along() {
        assertThat(ClassUtils.isPresent("org.axonframework.axonserver.connector.AxonServerConfiguration", null))
                .isFalse();
    }

    @Test
    void the_applications_extension_beans_are_given_to_the_engine() {
        runner.withPropertyValues("entente.in-memory=true")
                .withBean(EntenteExtension.class, () -> EntenteExtension.of(AggregateType.of("Garden", Plant.class,
                        Planted.class, new Gardens(), Plant::garden, Planted::garden)))
                .run(context -> {
                    EntenteEngine engine = context.getBean(EntenteEngine.class);
                    engine.send((Object) new Plant("garden:kew"));

                    assertThat(engine.aggregates().named("Garden")).isPresent();
                    try (var history = engine.history()) {
                        assertThat(history.map(RecordedEvent::name).toList()).containsExactly("garden.planted");
                    }
                });
    }

    record Plant(String garden) {
    }

    @StoredEvent(name = "garden.planted")
    record Planted(String garden) {
    }

    /** Every plant is planted. */
    static final class Gardens implements Decider<Integer, Plant, Planted> {
        @Override
        public Integer initial() {
            return 0;
        }

        @Override
        public List<Planted> decide(Integer state, Plant command) {
            return List.of(new Planted(command.garden()));
        }

        @Override
        public Integer evolve(Integer state, Planted event) {
            return state + 1;
        }
    }
}

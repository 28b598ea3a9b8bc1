package dev.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.Decider;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.visit.ScheduleVisit;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AggregateRegistryTest {

    /** A plain (not sealed) command root, whose records are listed. */
    interface MissionCommand {
        String missionId();
    }

    record OpenMission(String missionId) implements MissionCommand {
    }

    record CloseMission(String missionId) implements MissionCommand {
    }

    /** A plain event root. */
    interface MissionEvent {
        String missionId();
    }

    @StoredEvent(name = "mission.opened")
    record MissionOpened(String missionId) implements MissionEvent {
    }

    /** A record that implements neither root. */
    record Stray(String missionId) {
    }

    static final class Missions implements Decider<Boolean, MissionCommand, MissionEvent> {
        @Override
        public Boolean initial() {
            return false;
        }

        @Override
        public List<MissionEvent> decide(Boolean open, MissionCommand command) {
            return List.of(new MissionOpened(command.missionId()));
        }

        @Override
        public Boolean evolve(Boolean open, MissionEvent event) {
            return true;
        }
    }

    private static final AggregateType<Boolean, MissionCommand, MissionEvent> MISSION = AggregateType.of("Mission",
            MissionCommand.class, List.of(OpenMission.class, CloseMission.class), MissionEvent.class,
            List.of(MissionOpened.class), new Missions(), command -> "mission:" + command.missionId(),
            event -> "mission:" + event.missionId());

    @Test
    void Ententes_registry_is_the_list_of_its_aggregates() {
        AggregateRegistry entente = AggregateRegistry.entente();

        assertThat(entente.all()).isEqualTo(Aggregates.all());
        assertThat(entente.extensions()).isEmpty();
        assertThat(entente.commandTypes()).isEqualTo(Aggregates.commandTypes());
        assertThat(AggregateRegistry.with(List.of())).isSameAs(entente);
    }

    @Test
    void an_aggregate_with_plain_roots_takes_the_records_listed() {
        AggregateRegistry registry = AggregateRegistry.with(List.of(MISSION));

        assertThat(registry.extensions()).containsExactly(MISSION);
        assertThat(registry.forCommand(new CloseMission("m1"))).contains(MISSION);
        assertThat(registry.forCommand(new Stray("m1"))).isEmpty();
        assertThat(registry.named("Mission")).contains(MISSION);
        assertThat(registry.eventTypes()).contains(MissionOpened.class);
        assertThat(MISSION.targetOf(new OpenMission("m1"))).isEqualTo("mission:m1");
        assertThat(MISSION.hasShell()).isFalse();
        assertThat(Aggregates.VISIT.hasShell()).isTrue();
        assertThat(registry.forCommand(null)).isEmpty();
    }

    @Test
    void a_plain_root_with_no_records_listed_is_refused() {
        AggregateType<Boolean, MissionCommand, MissionEvent> unlisted = AggregateType.of("Mission",
                MissionCommand.class, MissionEvent.class, new Missions(), MissionCommand::missionId,
                MissionEvent::missionId);

        assertThatThrownBy(() -> AggregateRegistry.with(List.of(unlisted)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(MissionCommand.class.getName() + " is not a record: the commands of Mission"
                        + " are records");
    }

    @Test
    void a_listed_record_outside_its_root_is_refused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        AggregateType<Boolean, MissionCommand, MissionEvent> stray = AggregateType.of("Mission",
                MissionCommand.class, (List) List.of(OpenMission.class, Stray.class), MissionEvent.class,
                List.of(MissionOpened.class), new Missions(), MissionCommand::missionId, MissionEvent::missionId);

        assertThatThrownBy(() -> AggregateRegistry.with(List.of(stray)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Stray.class.getName() + ", a command of Mission, does not implement "
                        + MissionCommand.class.getName());
    }

    @Test
    void a_command_named_as_one_of_Ententes_is_refused() {
        AggregateType<Boolean, MissionCommand, MissionEvent> clash = AggregateType.of("Mission",
                MissionCommand.class, List.of(OpenMission.class, SameName.ScheduleVisit.class), MissionEvent.class, List.of(MissionOpened.class),
                new Missions(), MissionCommand::missionId, MissionEvent::missionId);

        assertThatThrownBy(() -> AggregateRegistry.with(List.of(clash)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The command name ScheduleVisit is taken by both " + ScheduleVisit.class.getName()
                        + " and " + SameName.ScheduleVisit.class.getName()
                        + "; a chronicle names a command by its simple name, so rename one");
    }

    /** Holds a command whose simple name is one of Entente's. */
    static final class SameName {
        record ScheduleVisit(String missionId) implements MissionCommand {
        }
    }
}

package dev.entente.application.analysis;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.EntenteEngine;
import dev.entente.application.InMemoryEngineTest;
import dev.entente.application.RecordedEvent;
import dev.entente.domain.agreement.AgreementCommand;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AmendAgreement;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.fixtures.AgreementFixture;
import dev.entente.domain.fixtures.ReferenceArticle;
import dev.entente.domain.fixtures.RelationshipFixture;
import dev.entente.domain.meeting.HoldMeeting;
import dev.entente.domain.meeting.MeetingCommand;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.DeclarePartnership;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.RelationshipCommand;
import dev.entente.domain.relationship.RestoreDiplomaticRelations;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.IssueJointStatement;
import dev.entente.domain.visit.VisitCommand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CodedEventsTest {

    private static final AgreementId TRILATERAL = AgreementId.of("az-pk-tr-trilateral-2024");

    private final EntenteEngine engine = InMemoryEngineTest.inMemory()
            .start();

    @AfterEach
    void close() {
        engine.close();
    }

    private void send(Object command) {
        if (command instanceof VisitCommand visit) {
            engine.send(visit);
        } else if (command instanceof AgreementCommand agreement) {
            engine.send(agreement);
        } else if (command instanceof MeetingCommand meeting) {
            engine.send(meeting);
        } else {
            engine.send((RelationshipCommand) command);
        }
    }

    /** The reference visit, plus every coded kind of relationship and agreement event, and a three-party agreement. */
    private void recordAWideHistory() {
        List<Object> visit = ReferenceArticle.commands();
        visit.subList(0, visit.size() - 1).forEach(this::send);
        send(new IssueJointStatement(ReferenceArticle.VISIT, ReferenceArticle.DAY_TWO, "Joint declaration",
                "On strategic partnership", CITED));
        send(visit.get(visit.size() - 1));
        RelationshipFixture.withRelationsSevered().forEach(this::send);
        send(new RestoreDiplomaticRelations(AZ_PK, LocalDate.of(2001, 3, 1), CITED));
        RelationshipFixture.withRecognition().forEach(this::send);
        send(new DeclarePartnership(AZ_PK, LocalDate.of(2025, 1, 1), PartnershipLevel.COMPREHENSIVE_STRATEGIC, CITED));
        AgreementFixture.treatyInForce().forEach(this::send);
        send(new AmendAgreement(AgreementFixture.TREATY, LocalDate.of(2025, 2, 24), "LNG annex", CITED));
        send(AgreementFixture.conclude(TRILATERAL, InstrumentKind.AGREEMENT, List.of(AZ, PK, TR), null, null, null));
        send(AgreementFixture.signBy(TRILATERAL, AZ, LocalDate.of(2024, 8, 1)));
        send(HOSTED);
        send(AT_A_THIRD_LOCATION);
    }

    private static final HoldMeeting HOSTED = HoldMeeting.builder(MeetingId.of("baku-summit-2024"))
            .on(LocalDate.of(2024, 9, 1)).kind(MeetingKind.SUMMIT).place("Baku").host(AZ).participants(PK, AZ, TR)
            .sources(CITED).build();
    private static final HoldMeeting AT_A_THIRD_LOCATION = HoldMeeting.builder(MeetingId.of("astana-summit-2024"))
            .on(LocalDate.of(2024, 10, 1)).kind(MeetingKind.SUMMIT).place("Astana").participants(AZ, PK, TR)
            .sources(CITED).build();

    @Test
    void a_hosted_meeting_is_coded_as_visits_to_the_host_and_one_without_host_as_meetings_at_a_third_location() {
        send(HOSTED);
        send(AT_A_THIRD_LOCATION);
        List<String> all = new ArrayList<>();
        CodedEvents.Stream coder = new CodedEvents.Stream();
        try (Stream<RecordedEvent> history = engine.history()) {
            history.forEach(recorded -> coder.code(recorded).stream().map(CodedEventsTest::brief).forEach(all::add));
        }
        assertThat(all).containsExactly(
                "2024-09-01 PK>AZ 042 meeting.held baku-summit-2024",
                "2024-09-01 TR>AZ 042 meeting.held baku-summit-2024",
                "2024-09-01 AZ>PK 043 meeting.held baku-summit-2024",
                "2024-09-01 AZ>TR 043 meeting.held baku-summit-2024",
                "2024-10-01 AZ>PK 044 meeting.held astana-summit-2024",
                "2024-10-01 AZ>TR 044 meeting.held astana-summit-2024",
                "2024-10-01 PK>AZ 044 meeting.held astana-summit-2024",
                "2024-10-01 PK>TR 044 meeting.held astana-summit-2024",
                "2024-10-01 TR>AZ 044 meeting.held astana-summit-2024",
                "2024-10-01 TR>PK 044 meeting.held astana-summit-2024");
        // The pair of the two guests of the hosted meeting met only at the one without host.
        assertThat(CodedEvents.of(engine.records(Dyad.of(PK, TR))).stream().map(CodedEventsTest::brief))
                .containsExactly("2024-10-01 PK>TR 044 meeting.held astana-summit-2024",
                        "2024-10-01 TR>PK 044 meeting.held astana-summit-2024");
    }

    private static String brief(CodedEvent e) {
        return e.day() + " " + e.source() + ">" + e.target() + " " + e.code().eventCode() + " " + e.kind() + " "
                + e.subject();
    }

    @Test
    void the_visit_is_coded_twice_visitor_to_host_and_host_to_visitor() {
        ReferenceArticle.commands().forEach(this::send);
        List<String> arrival = CodedEvents.of(engine.records(AZ_PK)).stream()
                .filter(e -> e.kind().equals("visit.guest-arrived")).map(CodedEventsTest::brief).toList();
        assertThat(arrival).containsExactly(
                "2024-07-11 AZ>PK 042 visit.guest-arrived aliyev-pakistan-2024",
                "2024-07-11 PK>AZ 043 visit.guest-arrived aliyev-pakistan-2024");
    }

    @Test
    void a_signature_by_one_party_of_three_is_coded_towards_each_other_party_and_a_dyad_keeps_its_own() {
        recordAWideHistory();
        List<String> all = new ArrayList<>();
        CodedEvents.Stream coder = new CodedEvents.Stream();
        try (Stream<RecordedEvent> history = engine.history()) {
            history.forEach(recorded -> coder.code(recorded).stream()
                    .filter(e -> e.subject().equals(TRILATERAL.value())).map(CodedEventsTest::brief).forEach(all::add));
        }
        assertThat(all).containsExactly(
                "2024-08-01 AZ>PK 057 agreement.signed az-pk-tr-trilateral-2024",
                "2024-08-01 AZ>TR 057 agreement.signed az-pk-tr-trilateral-2024");
        assertThat(CodedEvents.of(engine.records(AZ_PK)).stream().map(CodedEventsTest::brief))
                .contains("2024-08-01 AZ>PK 057 agreement.signed az-pk-tr-trilateral-2024")
                .noneMatch(line -> line.contains(">TR"));
    }

    @Test
    void coding_a_dyad_s_records_gives_what_coding_its_history_gives() {
        recordAWideHistory();
        List<String> fromHistory = new ArrayList<>();
        CodedEvents.Stream coder = new CodedEvents.Stream();
        try (Stream<RecordedEvent> history = engine.history()) {
            history.forEach(recorded -> coder.code(recorded).stream()
                    .filter(e -> AZ_PK.contains(e.source()) && AZ_PK.contains(e.target()))
                    .forEach(e -> {
                        assertThat(e.position()).isEqualTo(recorded.position());
                        assertThat(e.recordedAt()).isEqualTo(recorded.recordedAt());
                        fromHistory.add(brief(e));
                    }));
        }
        List<String> fromRecords = CodedEvents.of(engine.records(AZ_PK)).stream().map(CodedEventsTest::brief).toList();
        assertThat(fromHistory).hasSizeGreaterThan(30);
        assertThat(fromRecords).containsExactlyInAnyOrderElementsOf(fromHistory);
        // Every code the table uses occurs in this history, so the comparison covers each path of the records.
        assertThat(fromRecords.stream().map(line -> line.split(" ")[2]).distinct())
                .containsExactlyInAnyOrder("030", "036", "042", "043", "044", "046", "050", "052", "054", "057");
    }
}

package dev.entente.application.analysis;

import static dev.entente.application.analysis.Direction.BETWEEN_DYAD;
import static dev.entente.application.analysis.Direction.BETWEEN_PARTICIPANTS_WITHOUT_HOST;
import static dev.entente.application.analysis.Direction.BETWEEN_PARTIES;
import static dev.entente.application.analysis.Direction.BETWEEN_VISITOR_AND_HOST;
import static dev.entente.application.analysis.Direction.HOST_TO_PARTICIPANTS;
import static dev.entente.application.analysis.Direction.HOST_TO_VISITOR;
import static dev.entente.application.analysis.Direction.PARTICIPANT_TO_HOST;
import static dev.entente.application.analysis.Direction.RATIFYING_PARTY_TO_OTHER_PARTIES;
import static dev.entente.application.analysis.Direction.PLEDGING_TO_OTHER;
import static dev.entente.application.analysis.Direction.RECOGNISING_TO_RECOGNISED;
import static dev.entente.application.analysis.Direction.SIGNATORY_TO_OTHER_PARTIES;
import static dev.entente.application.analysis.Direction.SUPPORTER_TO_SUPPORTED;
import static dev.entente.application.analysis.Direction.VISITOR_TO_HOST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.Aggregates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CodingTableTest {

    /**
     * GDELT's own CAMEO.goldsteinscale.txt, as gathered in the domain brief, for every code the table uses. Written
     * out by hand here, apart from the enum, so that a slip in either shows.
     */
    private static final Map<String, Double> GDELT_GOLDSTEIN = Map.ofEntries(
            Map.entry("030", 4.0), Map.entry("0311", 5.2), Map.entry("036", 4.0), Map.entry("042", 1.9),
            Map.entry("043", 2.8), Map.entry("044", 2.5), Map.entry("046", 7.0), Map.entry("050", 3.5),
            Map.entry("052", 3.5), Map.entry("054", 6.0), Map.entry("057", 8.0));

    /** What each event type is coded as (code and direction), or "uncoded"; by hand, from the CAMEO manual's rules. */
    private static final Map<String, String> EXPECTED_ROWS = new LinkedHashMap<>();

    static {
        EXPECTED_ROWS.put("VisitScheduled", "036 " + VISITOR_TO_HOST);
        EXPECTED_ROWS.put("VisitPostponed", "uncoded");
        EXPECTED_ROWS.put("VisitCancelled", "uncoded");
        EXPECTED_ROWS.put("GuestArrived", "042 " + VISITOR_TO_HOST + ", 043 " + HOST_TO_VISITOR);
        EXPECTED_ROWS.put("CeremonyHeld", "uncoded");
        EXPECTED_ROWS.put("TalksHeld", "046 " + BETWEEN_VISITOR_AND_HOST);
        EXPECTED_ROWS.put("JointStatementIssued", "030 " + BETWEEN_VISITOR_AND_HOST);
        EXPECTED_ROWS.put("VisitConcluded", "uncoded");
        EXPECTED_ROWS.put("AgreementConcluded", "uncoded");
        EXPECTED_ROWS.put("AgreementSigned", "057 " + SIGNATORY_TO_OTHER_PARTIES);
        EXPECTED_ROWS.put("AgreementRatified", "057 " + RATIFYING_PARTY_TO_OTHER_PARTIES);
        EXPECTED_ROWS.put("AgreementNotified", "uncoded");
        EXPECTED_ROWS.put("AgreementEnteredIntoForce", "uncoded");
        EXPECTED_ROWS.put("AgreementProvisionallyApplied", "uncoded");
        EXPECTED_ROWS.put("AgreementAmended", "057 " + BETWEEN_PARTIES);
        EXPECTED_ROWS.put("AgreementSuspended", "uncoded");
        EXPECTED_ROWS.put("AgreementResumed", "uncoded");
        EXPECTED_ROWS.put("AgreementTerminated", "uncoded");
        EXPECTED_ROWS.put("AgreementRegistered", "uncoded");
        EXPECTED_ROWS.put("DiplomaticRelationsEstablished", "054 " + BETWEEN_DYAD);
        EXPECTED_ROWS.put("DiplomaticRelationsSevered", "uncoded");
        EXPECTED_ROWS.put("DiplomaticRelationsRestored", "054 " + BETWEEN_DYAD);
        EXPECTED_ROWS.put("IndependenceRecognised", "054 " + RECOGNISING_TO_RECOGNISED);
        EXPECTED_ROWS.put("GovernmentRecognised", "054 " + RECOGNISING_TO_RECOGNISED);
        EXPECTED_ROWS.put("SupportDeclared", "052 " + SUPPORTER_TO_SUPPORTED);
        EXPECTED_ROWS.put("PledgeAnnounced", "0311 " + PLEDGING_TO_OTHER);
        EXPECTED_ROWS.put("PartnershipDeclared", "050 " + BETWEEN_DYAD);
        EXPECTED_ROWS.put("PartnershipReaffirmed", "050 " + BETWEEN_DYAD);
        EXPECTED_ROWS.put("MeetingHeld", "042 " + PARTICIPANT_TO_HOST + ", 043 " + HOST_TO_PARTICIPANTS + ", 044 "
                + BETWEEN_PARTICIPANTS_WITHOUT_HOST);
    }

    @Test
    void every_code_carries_gdelt_s_own_goldstein_value() {
        for (CameoCode code : CameoCode.values()) {
            assertThat(GDELT_GOLDSTEIN).as(code.eventCode()).containsEntry(code.eventCode(), code.goldstein());
        }
        // The widely copied py-gdelt table gives 5.0; GDELT's own table 8.0.
        assertThat(CameoCode.SIGN_FORMAL_AGREEMENT.goldstein()).isEqualTo(8.0);
    }

    @Test
    void root_base_quad_class_and_plover_follow_the_code() {
        assertThat(CameoCode.MAKE_A_VISIT.rootCode()).isEqualTo("04");
        assertThat(CameoCode.MAKE_A_VISIT.baseCode()).isEqualTo("042");
        for (CameoCode code : CameoCode.values()) {
            // Every code used is cooperative and verbal (roots 03 to 05): quad class 1.
            assertThat(code.quadClass()).as(code.eventCode()).isEqualTo(1);
        }
        assertThat(CameoCode.EXPRESS_INTENT_TO_MEET_OR_NEGOTIATE.plover()).isEqualTo("AGREE");
        assertThat(CameoCode.MAKE_A_VISIT.plover()).isEqualTo("CONSULT");
        assertThat(CameoCode.HOST_A_VISIT.plover()).isEqualTo("CONSULT");
        assertThat(CameoCode.SIGN_FORMAL_AGREEMENT.plover()).isEqualTo("SUPPORT");
    }

    @Test
    void each_row_codes_its_event_as_the_cameo_rules_say() {
        Map<String, String> actual = new LinkedHashMap<>();
        for (CodingTable.Row row : CodingTable.rows()) {
            actual.put(row.eventType().getSimpleName(), row.coded()
                    ? row.codes().stream().map(c -> c.code().eventCode() + " " + c.direction())
                            .collect(Collectors.joining(", "))
                    : "uncoded");
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(EXPECTED_ROWS);
    }

    @Test
    void an_uncoded_row_says_why() {
        for (CodingTable.Row row : CodingTable.rows()) {
            if (!row.coded()) {
                assertThat(row.uncodedBecause()).as(row.eventType().getSimpleName()).isNotBlank();
            }
        }
        assertThat(CodingTable.rowOf(dev.entente.domain.agreement.AgreementRegistered.class).orElseThrow()
                .uncodedBecause()).contains("UN Secretariat");
    }

    @Test
    void every_event_type_in_the_registry_has_a_row_and_every_row_an_event_type() {
        List<Class<?>> registered = Aggregates.eventTypes();
        List<Class<?>> missing = registered.stream().filter(type -> CodingTable.rowOf(type).isEmpty()).toList();
        assertThat(missing).as("event types without a row in CodingTable").isEmpty();
        assertThat(CodingTable.rows()).extracting(CodingTable.Row::eventType)
                .allSatisfy(type -> assertThat(registered).contains(type));
    }
}

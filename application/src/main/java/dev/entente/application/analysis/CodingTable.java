package dev.entente.application.analysis;

import static dev.entente.application.analysis.CameoCode.DEFEND_VERBALLY;
import static dev.entente.application.analysis.CameoCode.ENGAGE_IN_DIPLOMATIC_COOPERATION;
import static dev.entente.application.analysis.CameoCode.ENGAGE_IN_NEGOTIATION;
import static dev.entente.application.analysis.CameoCode.EXPRESS_INTENT_TO_COOPERATE;
import static dev.entente.application.analysis.CameoCode.EXPRESS_INTENT_TO_COOPERATE_ECONOMICALLY;
import static dev.entente.application.analysis.CameoCode.EXPRESS_INTENT_TO_MEET_OR_NEGOTIATE;
import static dev.entente.application.analysis.CameoCode.GRANT_DIPLOMATIC_RECOGNITION;
import static dev.entente.application.analysis.CameoCode.HOST_A_VISIT;
import static dev.entente.application.analysis.CameoCode.MAKE_A_VISIT;
import static dev.entente.application.analysis.CameoCode.MEET_AT_A_THIRD_LOCATION;
import static dev.entente.application.analysis.CameoCode.SIGN_FORMAL_AGREEMENT;
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

import dev.entente.domain.agreement.AgreementAmended;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementNotified;
import dev.entente.domain.agreement.AgreementProvisionallyApplied;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementRegistered;
import dev.entente.domain.agreement.AgreementResumed;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.JointStatementIssued;
import dev.entente.domain.visit.TalksHeld;
import dev.entente.domain.visit.VisitCancelled;
import dev.entente.domain.visit.VisitConcluded;
import dev.entente.domain.visit.VisitPostponed;
import dev.entente.domain.visit.VisitScheduled;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one table that codes Entente's events in CAMEO (and so Goldstein, quad class and PLOVER): per event type, the
 * coded events it gives and their direction, or the reason no CAMEO code fits. Coding lives here, in the application,
 * not in the domain (ADR 0018): it is a reading of the facts, and a different reading must not change history.
 */
public final class CodingTable {

    /** One coded event an event type gives: a CAMEO code in a direction. */
    public record CodedAs(CameoCode code, Direction direction) {
    }

    /**
     * The row of one event type: the coded events it gives (empty when uncoded, with the reason), and whether Entente
     * derives it by a rule of the domain rather than records it from a source.
     */
    public record Row(Class<?> eventType, List<CodedAs> codes, String uncodedBecause, boolean derived) {

        public Row {
            codes = List.copyOf(codes);
            if (codes.isEmpty() == (uncodedBecause == null)) {
                throw new IllegalArgumentException(eventType.getSimpleName() + ": a row has codes or a reason, not both");
            }
        }

        public boolean coded() {
            return !codes.isEmpty();
        }
    }

    private static final Map<Class<?>, Row> ROWS = new LinkedHashMap<>();

    static {
        // Visits: CAMEO codes a visit twice, 042 visitor -> host and 043 host -> visitor; the announcement is an
        // intent to meet; talks are negotiation; the visit's other steps are part of the visit already coded.
        coded(VisitScheduled.class, new CodedAs(EXPRESS_INTENT_TO_MEET_OR_NEGOTIATE, VISITOR_TO_HOST));
        uncoded(VisitPostponed.class, "a change of dates; CAMEO has no verb for rescheduling a meeting");
        uncoded(VisitCancelled.class, "CAMEO codes a refusal to meet only when it is reported as one; a cancellation "
                + "without that is not");
        coded(GuestArrived.class, new CodedAs(MAKE_A_VISIT, VISITOR_TO_HOST), new CodedAs(HOST_A_VISIT, HOST_TO_VISITOR));
        uncoded(CeremonyHeld.class, "a step of the visit already coded 042/043 at the arrival");
        coded(TalksHeld.class, new CodedAs(ENGAGE_IN_NEGOTIATION, BETWEEN_VISITOR_AND_HOST));
        coded(JointStatementIssued.class, new CodedAs(EXPRESS_INTENT_TO_COOPERATE, BETWEEN_VISITOR_AND_HOST));
        uncoded(VisitConcluded.class, "the departure ends the visit already coded 042/043 at the arrival");
        // Agreements: 057 covers signing, ratifying and finalising; conclusion (the text adopted) is coded at the
        // signature, so one instrument is not counted twice.
        uncoded(AgreementConcluded.class, "the adoption of the text; the signature is coded 057");
        coded(AgreementSigned.class, new CodedAs(SIGN_FORMAL_AGREEMENT, SIGNATORY_TO_OTHER_PARTIES));
        coded(AgreementRatified.class, new CodedAs(SIGN_FORMAL_AGREEMENT, RATIFYING_PARTY_TO_OTHER_PARTIES));
        uncoded(AgreementNotified.class, "the notice that a party's procedures are complete; its consent is coded 057 "
                + "where its ratification is recorded");
        derived(AgreementEnteredIntoForce.class, "follows from the agreement's own rule, or is stated by the sources; no "
                + "state acts");
        uncoded(AgreementProvisionallyApplied.class, "the agreement begins to apply; no new act between the parties");
        coded(AgreementAmended.class, new CodedAs(SIGN_FORMAL_AGREEMENT, BETWEEN_PARTIES));
        uncoded(AgreementSuspended.class, "CAMEO 16x (reduce relations) would fit, but its Goldstein values are not "
                + "in the verified table");
        uncoded(AgreementResumed.class, "no CAMEO verb for resuming the operation of an agreement");
        uncoded(AgreementTerminated.class, "CAMEO 16x (reduce relations) would fit a denunciation, but its Goldstein "
                + "values are not in the verified table; an expiry is no act");
        uncoded(AgreementRegistered.class, "a registration with the UN Secretariat: no act between the parties");
        // Relationships.
        coded(DiplomaticRelationsEstablished.class, new CodedAs(GRANT_DIPLOMATIC_RECOGNITION, BETWEEN_DYAD));
        uncoded(DiplomaticRelationsSevered.class, "CAMEO 161 (reduce or break diplomatic relations) would fit, but its "
                + "Goldstein value is not in the verified table");
        coded(DiplomaticRelationsRestored.class, new CodedAs(GRANT_DIPLOMATIC_RECOGNITION, BETWEEN_DYAD));
        coded(IndependenceRecognised.class, new CodedAs(GRANT_DIPLOMATIC_RECOGNITION, RECOGNISING_TO_RECOGNISED));
        coded(GovernmentRecognised.class, new CodedAs(GRANT_DIPLOMATIC_RECOGNITION, RECOGNISING_TO_RECOGNISED));
        coded(SupportDeclared.class, new CodedAs(DEFEND_VERBALLY, SUPPORTER_TO_SUPPORTED));
        coded(PledgeAnnounced.class, new CodedAs(EXPRESS_INTENT_TO_COOPERATE_ECONOMICALLY, PLEDGING_TO_OTHER));
        coded(PartnershipDeclared.class, new CodedAs(ENGAGE_IN_DIPLOMATIC_COOPERATION, BETWEEN_DYAD));
        coded(PartnershipReaffirmed.class, new CodedAs(ENGAGE_IN_DIPLOMATIC_COOPERATION, BETWEEN_DYAD));
        // Multilateral meetings (ADR 0020): a hosted meeting is a visit of every other participant to the host,
        // coded as a visit is; one no participant hosted is a meeting at a third location, between every pair.
        coded(MeetingHeld.class, new CodedAs(MAKE_A_VISIT, PARTICIPANT_TO_HOST),
                new CodedAs(HOST_A_VISIT, HOST_TO_PARTICIPANTS),
                new CodedAs(MEET_AT_A_THIRD_LOCATION, BETWEEN_PARTICIPANTS_WITHOUT_HOST));
    }

    private CodingTable() {
    }

    private static void coded(Class<?> type, CodedAs... codes) {
        put(new Row(type, List.of(codes), null, false));
    }

    private static void uncoded(Class<?> type, String because) {
        put(new Row(type, List.of(), because, false));
    }

    private static void derived(Class<?> type, String because) {
        put(new Row(type, List.of(), because, true));
    }

    private static void put(Row row) {
        if (ROWS.put(row.eventType(), row) != null) {
            throw new IllegalStateException("two rows for " + row.eventType().getSimpleName());
        }
    }

    /** Every row, in the table's order. */
    public static List<Row> rows() {
        return List.copyOf(ROWS.values());
    }

    /** The row of an event type, if the table has one. */
    public static Optional<Row> rowOf(Class<?> eventType) {
        return Optional.ofNullable(ROWS.get(Objects.requireNonNull(eventType, "eventType")));
    }

    /** The row of an event type; an event type without a row is a gap in the table, not an uncoded event. */
    static Row require(Class<?> eventType) {
        return rowOf(eventType).orElseThrow(() -> new IllegalStateException(
                "the coding table has no row for " + eventType.getName() + "; add one to CodingTable"));
    }
}

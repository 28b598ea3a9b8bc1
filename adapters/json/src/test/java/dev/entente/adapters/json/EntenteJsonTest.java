package dev.entente.adapters.json;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementResumed;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.ConsentKind;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.CeremonyKind;
import dev.entente.domain.visit.VisitConcluded;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitPostponed;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EntenteJsonTest {

    private final ObjectMapper mapper = EntenteJson.mapper();

    @Test
    void value_objects_are_plain_strings() throws Exception {
        record Values(Country country, Dyad dyad, VisitId visit, AgreementId agreement, Area area,
                      PartnershipLevel level, LocalDate date, Period period) {
        }
        Values values = new Values(AZ, AZ_PK, SampleEvents.VISIT, SampleEvents.TREATY, Area.of("pharma"),
                PartnershipLevel.STRATEGIC, LocalDate.of(2024, 7, 11), Period.ofYears(5));

        String json = mapper.writeValueAsString(values);

        assertThat(json).isEqualTo("{\"country\":\"AZ\",\"dyad\":\"AZ-PK\",\"visit\":\"aliyev-pakistan-2024\","
                + "\"agreement\":\"az-pk-preferential-trade-2024\",\"area\":\"pharmaceuticals\","
                + "\"level\":\"strategic partnership\",\"date\":\"2024-07-11\",\"period\":\"P5Y\"}");
        assertThat(mapper.readValue(json, Values.class)).isEqualTo(values);
    }

    @Test
    void value_objects_are_read_through_the_domains_own_factories() throws Exception {
        assertThat(mapper.readValue("\" pk \"", Country.class)).isEqualTo(PK);
        assertThat(mapper.readValue("\"PK-AZ\"", Dyad.class)).isEqualTo(AZ_PK);
        assertThat(mapper.readValue("\"Textile industries\"", Area.class)).isEqualTo(Area.of("textiles"));
    }

    @Test
    void each_entry_into_force_rule_is_tagged_by_name() throws Exception {
        List<EntryIntoForceRule> rules = List.of(EntryIntoForceRule.onSignature(),
                EntryIntoForceRule.onLastRatification(), EntryIntoForceRule.daysAfterLastRatification(30),
                EntryIntoForceRule.onFixedDate(LocalDate.of(2025, 1, 1)), EntryIntoForceRule.notOnRecord(),
                EntryIntoForceRule.daysAfter(30, EntryIntoForceRule.ConsentStep.NOTIFICATION, null),
                EntryIntoForceRule.firstDayOfMonthAfter(2, EntryIntoForceRule.ConsentStep.RATIFICATION, 1));
        List<String> expected = List.of("{\"type\":\"on-signature\"}", "{\"type\":\"on-last-ratification\"}",
                "{\"type\":\"days-after-last-ratification\",\"days\":30}",
                "{\"type\":\"on-fixed-date\",\"date\":\"2025-01-01\"}", "{\"type\":\"not-on-record\"}",
                "{\"type\":\"days-after\",\"days\":30,\"step\":\"NOTIFICATION\",\"nth\":null}",
                "{\"type\":\"first-day-of-month-after\",\"months\":2,\"step\":\"RATIFICATION\",\"nth\":1}");

        for (int i = 0; i < rules.size(); i++) {
            String json = mapper.writeValueAsString(rules.get(i));
            assertThat(json).isEqualTo(expected.get(i));
            assertThat(mapper.readValue(json, EntryIntoForceRule.class)).isEqualTo(rules.get(i));
        }
    }

    @Test
    void an_unknown_rule_type_is_refused() {
        assertThatThrownBy(() -> mapper.readValue("{\"type\":\"on-a-whim\"}", EntryIntoForceRule.class))
                .isInstanceOf(InvalidTypeIdException.class)
                .hasMessageContaining("on-a-whim");
    }

    @Test
    void an_invalid_value_fails_with_the_domains_message() {
        assertThatThrownBy(() -> mapper.readValue("\"AZ-AZ\"", Dyad.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("a dyad needs two different countries, got AZ twice");
        assertThatThrownBy(() -> mapper.readValue("\"not a slug!\"", VisitId.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("'not a slug!' is not a valid visit id");
        assertThatThrownBy(() -> mapper.readValue("{\"party\": 42}", AgreementRatified.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Country");
    }

    @Test
    void a_class_name_in_a_document_is_refused_unless_it_is_axons_or_ententes() {
        record Holder(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object value) {
        }

        assertThatThrownBy(() -> mapper.readValue("{\"value\":{\"@class\":\"java.util.Date\"}}", Holder.class))
                .isInstanceOf(InvalidTypeIdException.class)
                .hasMessageContaining("denied resolution");
    }

    @Test
    void a_visit_record_round_trips() throws Exception {
        VisitRecord visit = VisitRecord.of(SampleEvents.SCHEDULED, 1)
                .apply(new VisitPostponed(SampleEvents.VISIT, LocalDate.of(2024, 7, 9), LocalDate.of(2024, 7, 11),
                        LocalDate.of(2024, 7, 13), "Weather", CITED), 2)
                .apply(SampleEvents.ARRIVED, 3)
                .apply(new CeremonyHeld(SampleEvents.VISIT, LocalDate.of(2024, 7, 12), CeremonyKind.STATE_BANQUET,
                        null, null, List.of(SampleEvents.WITH_URL)), 5)
                .apply(new VisitConcluded(SampleEvents.VISIT, LocalDate.of(2024, 7, 13), null, CITED), 8);

        assertThat(roundTrip(visit, VisitRecord.class)).isEqualTo(visit);
    }

    @Test
    void an_agreement_record_with_a_suspension_round_trips() throws Exception {
        AgreementRecord agreement = AgreementRecord.of(SampleEvents.CONCLUDED, 10)
                .apply(SampleEvents.SIGNED, 11)
                .apply(new AgreementRatified(SampleEvents.TREATY, LocalDate.of(2024, 10, 1), AZ,
                        ConsentKind.ACCEPTANCE, CITED), 12)
                .apply(new AgreementSuspended(SampleEvents.TREATY, LocalDate.of(2025, 3, 1), "Dispute", CITED), 13)
                .apply(new AgreementResumed(SampleEvents.TREATY, LocalDate.of(2025, 6, 1), CITED), 14)
                .apply(new AgreementSuspended(SampleEvents.TREATY, LocalDate.of(2025, 9, 1), null, CITED), 15);
        assertThat(agreement.suspensions()).hasSize(2);

        String json = mapper.writeValueAsString(agreement);

        assertThat(json).contains("\"suspensions\":[{\"from\":\"2025-03-01\",\"until\":\"2025-06-01\",\"reason\":\"Dispute\"},");
        assertThat(mapper.readValue(json, AgreementRecord.class)).isEqualTo(agreement);
    }

    @Test
    void a_relationship_record_round_trips() throws Exception {
        LocalDate day = LocalDate.of(2024, 7, 11);
        RelationshipRecord relationship = RelationshipRecord.empty(AZ_PK)
                .apply(new IndependenceRecognised(AZ_PK, LocalDate.of(1991, 12, 13), PK, AZ, CITED), 1)
                .apply(new DiplomaticRelationsEstablished(AZ_PK, LocalDate.of(1992, 6, 9), CITED), 2)
                .apply(new DiplomaticRelationsSevered(AZ_PK, LocalDate.of(2000, 1, 10), AZ, "hypothetical", CITED), 3)
                .apply(new SupportDeclared(AZ_PK, day, PK, AZ, "Karabakh", null, CITED), 4)
                .apply(new PartnershipDeclared(AZ_PK, LocalDate.of(2017, 9, 1), PartnershipLevel.STRATEGIC, CITED), 5)
                .apply(new PartnershipReaffirmed(AZ_PK, day, PartnershipLevel.STRATEGIC, CITED), 6);

        String json = mapper.writeValueAsString(relationship);

        assertThat(json).startsWith("{\"dyad\":\"AZ-PK\"").contains("\"relations\":\"SEVERED\"");
        assertThat(mapper.readValue(json, RelationshipRecord.class)).isEqualTo(relationship);
    }

    @Test
    void a_timeline_entry_round_trips() throws Exception {
        TimelineEntry entry = new TimelineEntry(AZ_PK, LocalDate.of(2024, 7, 11), 42, "agreement.signed",
                "az-pk-preferential-trade-2024", "Azerbaijan and Pakistan signed the Preferential Trade Agreement.",
                CITED);

        String json = mapper.writeValueAsString(entry);

        assertThat(json).startsWith("{\"dyad\":\"AZ-PK\",\"occurredOn\":\"2024-07-11\",\"position\":42,");
        assertThat(mapper.readValue(json, TimelineEntry.class)).isEqualTo(entry);
    }

    @Test
    void each_call_gives_a_new_mapper() {
        assertThat(EntenteJson.mapper()).isNotSameAs(EntenteJson.mapper());
        assertThat(EntenteJson.snapshotMapper()).isNotSameAs(EntenteJson.snapshotMapper());
    }

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }
}

package dev.entente.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.EntryIntoForceRule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Agreement events as the version before observed entries into force, binding, renewal and links wrote them still
 * load, with the new fields null: the change to the stored shape is additive, so no upcaster is needed.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TreatyEventsStoredTest {

    private final StoredNameSerializer serializer = new StoredNameSerializer();

    @Test
    void an_entry_into_force_stored_before_it_said_how_it_was_known_reads_as_derived_with_no_details() {
        AgreementEnteredIntoForce event = serializer.deserialize(new SimpleSerializedObject<>("""
                {"agreementId":"az-pk-preferential-trade-2024","occurredOn":"2024-12-15","expiresOn":"2029-12-15",\
                "sources":[]}""".getBytes(StandardCharsets.UTF_8), byte[].class, "agreement.entered-into-force", "1"));

        assertThat(event).isEqualTo(new AgreementEnteredIntoForce(AgreementId.of("az-pk-preferential-trade-2024"),
                LocalDate.of(2024, 12, 15), LocalDate.of(2029, 12, 15), List.of()));
        assertThat(event.wasObserved()).isFalse();
        assertThat(event.derivedFrom()).isNull();
    }

    @Test
    void a_conclusion_stored_before_binding_renewal_and_links_reads_with_the_defaults_of_its_kind() {
        AgreementConcluded event = serializer.deserialize(new SimpleSerializedObject<>("""
                {"agreementId":"az-pk-mou-2024","occurredOn":"2024-07-10","title":"MoU","kind":"MEMORANDUM_OF_UNDERSTANDING",\
                "parties":["AZ","PK"],"sectors":["TRADE"],"areas":[],"entryIntoForce":{"type":"on-signature"},\
                "term":"P5Y","denunciationNotice":null,"sources":[]}""".getBytes(StandardCharsets.UTF_8), byte[].class,
                "agreement.concluded", "1"));

        assertThat(event.binding()).isNull();
        assertThat(event.bindsParties()).isFalse();
        assertThat(event.renewal()).isNull();
        assertThat(event.amends()).isNull();
        assertThat(event.supersedes()).isNull();
        assertThat(event.term()).isEqualTo(Period.ofYears(5));
        assertThat(event.entryIntoForce()).isEqualTo(EntryIntoForceRule.onSignature());
    }
}

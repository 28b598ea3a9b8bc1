package dev.entente.application.query;

import static dev.entente.application.fixtures.Events.signedByBoth;
import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.AZ_PK;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Sources.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.application.fixtures.Events;
import dev.entente.application.fixtures.Events.At;
import dev.entente.application.inmemory.InMemoryReadModelStore;
import dev.entente.application.projection.ReadModelProjector;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementNotified;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.EntryIntoForceRule.ConsentStep;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The register and the timeline for treaty practice: a protocol amending a treaty, a term that renews, an entry into
 * force the sources state beside the one a rule derives, and a rule not on record; every answer for a date uses only
 * the facts dated on or before it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TreatyRegisterTest {

    /** In force on signature in 2010 for ten years, renewed automatically for five-year periods. */
    private static final AgreementId TREATY = AgreementId.of("az-pk-trade-2010");
    /** Amends the treaty; in force 30 days after the last notification. */
    private static final AgreementId PROTOCOL = AgreementId.of("az-pk-trade-protocol-2024");
    private static final LocalDate PROTOCOL_SIGNED = LocalDate.of(2024, 2, 1);
    private static final LocalDate LAST_NOTIFIED = LocalDate.of(2024, 5, 2);
    private static final LocalDate PROTOCOL_IN_FORCE = LAST_NOTIFIED.plusDays(30);
    /** The sources do not say how it enters into force; they state the date. */
    private static final AgreementId CULTURE = AgreementId.of("az-pk-culture-2024");
    private static final LocalDate CULTURE_IN_FORCE = LocalDate.of(2024, 4, 1);
    /** Its rule gives one date, the sources state an earlier one. */
    private static final AgreementId AIR = AgreementId.of("az-pk-air-2024");
    private static final LocalDate AIR_STATED = LocalDate.of(2024, 4, 10);
    private static final List<Source> GAZETTE = List.of(Source.of("Entry into force", "Official Gazette",
            LocalDate.of(2024, 4, 12)));

    private final InMemoryReadModelStore store = new InMemoryReadModelStore();
    private final StoreReadModels readModels = new StoreReadModels(store);

    private static AgreementConcluded concluded(AgreementId id, LocalDate on, InstrumentKind kind,
                                                EntryIntoForceRule rule, Period term, Period renewal,
                                                AgreementId amends) {
        return new AgreementConcluded(id, on, "Agreement " + id.value(), kind, List.of(AZ, PK), List.of(Sector.TRADE),
                List.of(), rule, term, null, CITED, null, renewal, amends, null);
    }

    private static AgreementEnteredIntoForce derived(AgreementId id, LocalDate on, String rule) {
        return new AgreementEnteredIntoForce(id, on, null, CITED, false, rule, "Pakistan's notification of " + on);
    }

    @BeforeEach
    void project_the_history() {
        LocalDate treatySigned = LocalDate.of(2010, 3, 1);
        List<Object> events = List.of(
                concluded(TREATY, treatySigned, InstrumentKind.TREATY, EntryIntoForceRule.onSignature(),
                        Period.ofYears(10), Period.ofYears(5), null),
                signedByBoth(TREATY, treatySigned, null),
                derived(TREATY, treatySigned, "on signature by all parties"),
                concluded(PROTOCOL, PROTOCOL_SIGNED, InstrumentKind.PROTOCOL,
                        EntryIntoForceRule.daysAfter(30, ConsentStep.NOTIFICATION, null), null, null, TREATY),
                signedByBoth(PROTOCOL, PROTOCOL_SIGNED, null),
                new AgreementNotified(PROTOCOL, LocalDate.of(2024, 3, 5), AZ, CITED),
                new AgreementNotified(PROTOCOL, LAST_NOTIFIED, PK, CITED),
                derived(PROTOCOL, PROTOCOL_IN_FORCE, "30 days after the last notification"),
                concluded(CULTURE, PROTOCOL_SIGNED, InstrumentKind.PROGRAMME, EntryIntoForceRule.notOnRecord(), null,
                        null, null),
                signedByBoth(CULTURE, PROTOCOL_SIGNED, null),
                new AgreementEnteredIntoForce(CULTURE, CULTURE_IN_FORCE, null, GAZETTE, true, null, null),
                concluded(AIR, PROTOCOL_SIGNED, InstrumentKind.AGREEMENT,
                        EntryIntoForceRule.daysAfter(30, ConsentStep.NOTIFICATION, null), null, null, null),
                signedByBoth(AIR, PROTOCOL_SIGNED, null),
                new AgreementEnteredIntoForce(AIR, AIR_STATED, null, GAZETTE, true, null, null),
                new AgreementNotified(AIR, LAST_NOTIFIED, PK, CITED),
                derived(AIR, PROTOCOL_IN_FORCE, "30 days after the last notification"));
        ReadModelProjector projector = new ReadModelProjector(store);
        for (At at : Events.numbered(events)) {
            projector.project(at.event(), at.position());
        }
    }

    private AgreementEntry entry(AgreementId id, LocalDate on) {
        return readModels.agreements(AgreementQuery.on(on)).stream().filter(e -> e.agreement().id().equals(id))
                .findFirst().orElse(null);
    }

    @Nested
    class An_amending_protocol {

        @Test
        void is_not_listed_under_the_treaty_before_it_is_signed() {
            assertThat(entry(TREATY, PROTOCOL_SIGNED.minusDays(1)).linked()).isEmpty();
        }

        @Test
        void is_listed_under_the_treaty_as_signed_and_not_yet_in_force_until_its_rule_is_met() {
            AgreementEntry treaty = entry(TREATY, PROTOCOL_IN_FORCE.minusDays(1));

            assertThat(treaty.linked()).containsExactly(new LinkedInstrument(LinkedInstrument.Link.AMENDS, PROTOCOL,
                    "Agreement " + PROTOCOL.value(), AgreementStatus.SIGNED, PROTOCOL_SIGNED, null));
            assertThat(treaty.linked().get(0).describe()).isEqualTo("amended by az-pk-trade-protocol-2024 "
                    + "'Agreement az-pk-trade-protocol-2024' (signed on 2024-02-01, not yet in force)");
        }

        @Test
        void is_listed_under_the_treaty_as_in_force_from_the_derived_date() {
            assertThat(entry(TREATY, PROTOCOL_IN_FORCE).linked()).singleElement().satisfies(linked -> {
                assertThat(linked.status()).isEqualTo(AgreementStatus.IN_FORCE);
                assertThat(linked.inForceFrom()).isEqualTo(PROTOCOL_IN_FORCE);
            });
        }

        @Test
        void is_also_an_agreement_of_the_register_with_its_own_lifecycle_and_its_link() {
            AgreementEntry protocol = entry(PROTOCOL, PROTOCOL_IN_FORCE.minusDays(1));

            assertThat(protocol.status()).isEqualTo(AgreementStatus.SIGNED);
            assertThat(protocol.agreement().amends()).isEqualTo(TREATY);
            assertThat(protocol.agreement().notifications()).hasSize(2);
            assertThat(protocol.agreement().entriesIntoForce()).isEmpty();
        }
    }

    @Nested
    class A_protocol_the_sources_date_only_by_its_month {

        private final InMemoryReadModelStore partly = new InMemoryReadModelStore();
        private final AgreementId marchProtocol = AgreementId.of("az-pk-trade-protocol-2025");
        private final LocalDate endOfMarch = LocalDate.of(2025, 3, 31);

        @BeforeEach
        void project_it() {
            List<Object> events = List.of(
                    concluded(TREATY, LocalDate.of(2010, 3, 1), InstrumentKind.TREATY,
                            EntryIntoForceRule.onSignature(), null, null, null),
                    signedByBoth(TREATY, LocalDate.of(2010, 3, 1), null),
                    concluded(marchProtocol, endOfMarch, InstrumentKind.PROTOCOL, EntryIntoForceRule.notOnRecord(),
                            null, null, TREATY),
                    new AgreementSigned(marchProtocol, endOfMarch, "Baku",
                            List.of(Signature.forParty(AZ), Signature.forParty(PK)), null, CITED,
                            WrittenDate.parse("2025-03")));
            ReadModelProjector projector = new ReadModelProjector(partly);
            for (At at : Events.numbered(events)) {
                projector.project(at.event(), at.position());
            }
        }

        @Test
        void is_listed_under_the_treaty_as_signed_in_that_month_not_on_a_day_no_source_gives() {
            LinkedInstrument linked = new StoreReadModels(partly).agreements(AgreementQuery.on(endOfMarch)).stream()
                    .filter(entry -> entry.agreement().id().equals(TREATY)).findFirst().orElseThrow().linked().get(0);

            assertThat(linked.signedOn()).isEqualTo(endOfMarch);
            assertThat(linked.signedAsWritten()).isEqualTo(WrittenDate.parse("2025-03"));
            assertThat(linked.describe()).contains("(signed on 2025-03, not yet in force)");
        }
    }

    @Nested
    class A_term_that_renews_automatically {

        @Test
        void never_shows_expired_without_a_recorded_ending() {
            LocalDate longAfter = LocalDate.of(2040, 1, 1);

            assertThat(entry(TREATY, longAfter).status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(readModels.stateOf(AZ_PK, longAfter).agreementsByStatus().get(AgreementStatus.EXPIRED))
                    .isZero();
        }
    }

    @Nested
    class An_entry_into_force_the_sources_state {

        @Test
        void leaves_an_agreement_whose_rule_is_not_on_record_signed_until_then() {
            AgreementEntry before = entry(CULTURE, CULTURE_IN_FORCE.minusDays(1));

            assertThat(before.status()).isEqualTo(AgreementStatus.SIGNED);
            assertThat(before.agreement().entryIntoForceNotOnRecord()).isTrue();
            assertThat(entry(CULTURE, CULTURE_IN_FORCE).status()).isEqualTo(AgreementStatus.IN_FORCE);
        }

        @Test
        void is_shown_beside_the_rules_date_when_they_disagree() {
            AgreementRecord air = entry(AIR, PROTOCOL_IN_FORCE).agreement();

            assertThat(air.inForceFrom()).isEqualTo(AIR_STATED);
            assertThat(air.entriesIntoForce()).hasSize(2);
            assertThat(air.derivedEntryDisagreeing().occurredOn()).isEqualTo(PROTOCOL_IN_FORCE);
        }

        @Test
        void on_a_date_before_the_rules_date_the_derived_one_is_not_known() {
            AgreementRecord air = entry(AIR, PROTOCOL_IN_FORCE.minusDays(1)).agreement();

            assertThat(air.inForceFrom()).isEqualTo(AIR_STATED);
            assertThat(air.entriesIntoForce()).singleElement()
                    .satisfies(e -> assertThat(e.wasObserved()).isTrue());
            assertThat(air.derivedEntryDisagreeing()).isNull();
        }
    }

    @Nested
    class The_timeline {

        @Test
        void marks_a_derived_entry_into_force_with_its_rule_and_an_observed_one_as_stated() {
            List<String> summaries = readModels.timeline(AZ_PK, PROTOCOL_SIGNED, PROTOCOL_IN_FORCE).stream()
                    .map(TimelineEntry::summary).toList();

            assertThat(summaries).contains(
                    "'Agreement az-pk-trade-protocol-2024' entered into force "
                            + "(derived: 30 days after the last notification)",
                    "'Agreement az-pk-culture-2024' entered into force (as the sources state)",
                    "'Agreement az-pk-trade-protocol-2024' notified by Pakistan");
        }

        @Test
        void cites_the_sources_that_state_an_observed_date() {
            assertThat(readModels.timeline(AZ_PK, CULTURE_IN_FORCE, CULTURE_IN_FORCE))
                    .filteredOn(entry -> entry.subject().equals(CULTURE.value()))
                    .singleElement().satisfies(entry -> assertThat(entry.sources()).isEqualTo(GAZETTE));
        }
    }
}

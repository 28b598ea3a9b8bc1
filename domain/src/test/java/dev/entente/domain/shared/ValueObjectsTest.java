package dev.entente.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.ConcludeAgreement;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.SignAgreement;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.agreement.TerminateAgreement;
import dev.entente.domain.agreement.TerminationGround;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.relationship.EstablishDiplomaticRelations;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.visit.PostponeVisit;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitScheduled;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValueObjectsTest {

    @Nested
    class A_country {

        @Test
        void is_read_from_its_alpha_2_code_in_any_case() {
            assertThat(Country.of(" az ")).isEqualTo(new Country("AZ"));
        }

        @Test
        void is_one_object_per_code_however_the_code_is_written() {
            assertThat(Country.of("PK")).isSameAs(Country.of(" pk")).isSameAs(Country.of("Pk "));
            assertThat(Country.of("TR")).isNotSameAs(Country.of("PK"));
        }

        @Test
        void is_refused_by_of_when_the_code_is_unknown_however_often_it_is_asked() {
            for (int time = 0; time < 2; time++) {
                assertThatThrownBy(() -> Country.of("xx"))
                        .isInstanceOf(InvalidValue.class)
                        .extracting(e -> ((InvalidValue) e).code()).isEqualTo("country.unknown");
            }
        }

        @Test
        void derives_its_alpha_3_code_and_english_name() {
            assertThat(Country.of("PK").alpha3()).isEqualTo("PAK");
            assertThat(Country.of("AZ").alpha3()).isEqualTo("AZE");
            assertThat(Country.of("AZ").name()).isEqualTo("Azerbaijan");
        }

        @ParameterizedTest
        @ValueSource(strings = {"XX", "AZE", "A", "", "az"})
        void is_refused_when_the_code_is_not_an_iso_alpha_2_code(String code) {
            assertThatThrownBy(() -> new Country(code))
                    .isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("ISO 3166-1 alpha-2")
                    .extracting(e -> ((InvalidValue) e).code()).isEqualTo("country.unknown");
        }

        @Test
        void is_refused_when_missing() {
            assertThatThrownBy(() -> Country.of(null))
                    .isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).code()).isEqualTo("value.required");
        }
    }

    @Nested
    class A_dyad {

        @Test
        void is_the_same_whichever_way_round_it_is_written() {
            assertThat(Dyad.of("PK", "AZ")).isEqualTo(Dyad.of("AZ", "PK"));
            assertThat(Dyad.of("PK", "AZ").first()).isEqualTo(Country.of("AZ"));
            assertThat(Dyad.of("PK", "AZ")).hasToString("AZ-PK");
        }

        @Test
        void parses_its_canonical_form() {
            assertThat(Dyad.parse("pk-az")).isEqualTo(Dyad.of("AZ", "PK"));
            assertThat(Dyad.parse("AZ PK")).isEqualTo(Dyad.of("AZ", "PK"));
        }

        @Test
        void knows_its_members_and_gives_the_other_one() {
            Dyad dyad = Dyad.of("AZ", "PK");
            assertThat(dyad.contains(Country.of("AZ"))).isTrue();
            assertThat(dyad.contains(Country.of("TR"))).isFalse();
            assertThat(dyad.other(Country.of("AZ"))).isEqualTo(Country.of("PK"));
            assertThatThrownBy(() -> dyad.other(Country.of("TR"))).isInstanceOf(InvalidValue.class);
        }

        @Test
        void needs_two_different_countries() {
            assertThatThrownBy(() -> Dyad.of("AZ", "az"))
                    .isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("two different countries");
        }

        @Test
        void refuses_text_that_is_not_two_codes() {
            assertThatThrownBy(() -> Dyad.parse("AZ-PK-TR"))
                    .isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).code()).isEqualTo("dyad.malformed");
        }
    }

    @Nested
    class An_area {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Textile industries         | textiles
                textile                    | textiles
                Pharmaceuticals            | pharmaceuticals
                Oil & Gas exploration      | oil and gas exploration
                renewable energy projects  | renewable energy
                Defense production         | defence production
                military training          | military training
                Educational exchanges      | educational exchange
                cultural programs          | cultural programmes
                counter terrorism          | counter-terrorism
                '  Agriculture  '          | agriculture
                space   weather            | space weather
                """)
        void is_normalised_so_that_one_area_written_two_ways_is_one_area(String written, String kept) {
            assertThat(Area.of(written).name()).isEqualTo(kept);
        }

        @Test
        void knows_the_sector_of_the_areas_in_the_reference_article() {
            assertThat(Area.of("agriculture").knownSector()).contains(Sector.TRADE);
            assertThat(Area.of("oil and gas exploration").knownSector()).contains(Sector.ENERGY);
            assertThat(Area.of("military training").knownSector()).contains(Sector.DEFENCE);
            assertThat(Area.of("educational exchange").knownSector()).contains(Sector.EDUCATION);
            assertThat(Area.of("cultural programmes").knownSector()).contains(Sector.CULTURE);
            assertThat(Area.of("space weather").knownSector()).isEmpty();
        }

        @Test
        void is_refused_when_blank() {
            assertThatThrownBy(() -> Area.of("  ")).isInstanceOf(InvalidValue.class).hasMessageContaining("area");
        }
    }

    @Nested
    class A_sector {

        @ParameterizedTest
        @CsvSource({
                "trade, TRADE",
                "SCIENCE_AND_TECHNOLOGY, SCIENCE_AND_TECHNOLOGY",
                "science-and-technology, SCIENCE_AND_TECHNOLOGY",
                "Science & Technology, SCIENCE_AND_TECHNOLOGY",
                "defense, DEFENCE",
                "Consular affairs, CONSULAR_AFFAIRS",
                "taxation, TAXATION",
                "Labour and social security, LABOUR_AND_SOCIAL_SECURITY",
                "customs, CUSTOMS"})
        void is_read_from_its_name_or_label(String text, Sector sector) {
            assertThat(Sector.parse(text)).isEqualTo(sector);
        }

        @Test
        void names_the_known_sectors_when_it_cannot_read_one() {
            assertThatThrownBy(() -> Sector.parse("astrology"))
                    .isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("trade")
                    .hasMessageContaining("consular affairs");
        }
    }

    @Nested
    class A_source {

        @Test
        void keeps_title_publisher_date_and_address() {
            Source source = Source.of(" Title ", "Publisher", LocalDate.of(2024, 7, 13), "https://example.org/a");
            assertThat(source.title()).isEqualTo("Title");
            assertThat(source.url()).hasToString("https://example.org/a");
        }

        @Test
        void may_have_no_address() {
            assertThat(Source.of("Title", "Publisher", LocalDate.of(2024, 7, 13)).url()).isNull();
        }

        @Test
        void refuses_an_address_that_is_not_http() {
            assertThatThrownBy(() -> Source.of("Title", "Publisher", LocalDate.of(2024, 7, 13), "file:///etc/passwd"))
                    .isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).code()).isEqualTo("source.url-not-http");
        }

        @Test
        void needs_a_publication_date() {
            assertThatThrownBy(() -> Source.of("Title", "Publisher", null))
                    .isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("publication date of source 'Title'");
        }
    }

    @Nested
    class An_id {

        @Test
        void accepts_a_readable_slug_and_stores_it_under_its_aggregate_prefix() {
            assertThat(VisitId.of("aliyev-pakistan-2024").aggregateId()).isEqualTo("visit:aliyev-pakistan-2024");
            assertThat(AgreementId.of("az-pk-pta-2024").aggregateId()).isEqualTo("agreement:az-pk-pta-2024");
            assertThat(VisitId.of("aliyev-pakistan-2024")).hasToString("aliyev-pakistan-2024");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "with space", "-leading-dash", "naïve", "a/b"})
        void refuses_text_that_is_not_a_slug(String text) {
            assertThatThrownBy(() -> VisitId.of(text))
                    .isInstanceOf(InvalidValue.class)
                    .extracting(e -> ((InvalidValue) e).code()).isEqualTo("id.malformed");
        }

        @Test
        void refuses_a_slug_longer_than_128_characters() {
            assertThatThrownBy(() -> AgreementId.of("a".repeat(129))).isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class A_partnership_level {

        @Test
        void is_normalised_to_lower_case_and_single_spaces() {
            assertThat(PartnershipLevel.of(" Strategic  Partnership")).isEqualTo(PartnershipLevel.STRATEGIC);
        }
    }

    @Nested
    class A_dignitary {

        @Test
        void needs_a_name() {
            assertThatThrownBy(() -> new Dignitary(" ", Office.MINISTER, Country.of("AZ")))
                    .isInstanceOf(InvalidValue.class);
        }

        @Test
        void of_each_office_customarily_receives_a_salute_of_at_most_21_rounds() {
            assertThat(Office.HEAD_OF_STATE.customaryGunSaluteRounds()).isEqualTo(21);
            assertThat(Office.HEAD_OF_GOVERNMENT.customaryGunSaluteRounds()).isEqualTo(19);
            assertThat(Office.MINISTER.customaryGunSaluteRounds()).isEqualTo(17);
            assertThat(Office.OTHER.customaryGunSaluteRounds()).isZero();
        }

        @Test
        void a_ceremony_states_a_number_of_documents_signed_of_at_least_one() {
            assertThatThrownBy(() -> new dev.entente.domain.visit.HoldCeremony(dev.entente.domain.visit.VisitId.of("v"),
                    java.time.LocalDate.of(2024, 7, 11), dev.entente.domain.visit.CeremonyKind.SIGNING_CEREMONY, null,
                    null, List.of(), 0))
                    .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.code())
                            .isEqualTo("ceremony.documents-signed-not-positive"));
        }

        @Test
        void may_carry_the_title_the_sources_give_beside_the_office() {
            Dignitary dar = new Dignitary("Ishaq Dar", Office.FOREIGN_MINISTER, Country.of("PK"),
                    " Deputy Prime Minister ");

            assertThat(dar.title()).isEqualTo("Deputy Prime Minister");
            assertThat(dar).hasToString("Ishaq Dar (Deputy Prime Minister; foreign minister, PK)");
        }

        @Test
        void with_another_office_is_named_by_the_title_alone() {
            Dignitary rector = new Dignitary("Elmar Gasimov", Office.OTHER, Country.of("AZ"),
                    "Rector of Baku State University");

            assertThat(rector).hasToString("Elmar Gasimov (Rector of Baku State University, AZ)");
        }

        @Test
        void without_a_title_reads_as_before() {
            assertThat(new Dignitary("Ilham Aliyev", Office.HEAD_OF_STATE, Country.of("AZ"), " "))
                    .isEqualTo(Dignitary.headOfState("Ilham Aliyev", Country.of("AZ")))
                    .hasToString("Ilham Aliyev (head of state, AZ)");
        }
    }

    @Nested
    class A_list_of_values {

        @Test
        void refuses_an_entry_given_twice_rather_than_dropping_it() {
            assertThatThrownBy(() -> Values.distinct(List.of(Sector.TRADE, Sector.TRADE), "sectors"))
                    .isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("sectors lists TRADE twice");
        }

        @Test
        void refuses_an_empty_entry() {
            assertThatThrownBy(() -> Values.list(java.util.Arrays.asList(Sector.TRADE, null), "sectors"))
                    .isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class A_date_a_command_carries {

        private final Dignitary guest = new Dignitary("Ilham Aliyev", Office.HEAD_OF_STATE, Country.of("AZ"));

        private ScheduleVisit visitPlannedFor(LocalDate from, LocalDate to) {
            return new ScheduleVisit(VisitId.of("v"), from, guest, Country.of("PK"), VisitKind.STATE, from, to,
                    List.of());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000-01-01", "1648-10-24", "2024-07-11", "2999-12-31"})
        void is_accepted_in_the_years_1000_to_2999(String date) {
            LocalDate day = LocalDate.parse(date);
            assertThat(Values.date(day, "date")).isEqualTo(day);
            assertThat(visitPlannedFor(day, day).plannedTo()).isEqualTo(day);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0000-01-01", "0224-07-11", "0999-12-31", "3000-01-01", "9999-12-31",
                "-0001-01-01", "+10000-01-01"})
        void is_refused_outside_those_years_with_its_code(String date) {
            LocalDate day = LocalDate.parse(date);
            assertThatThrownBy(() -> Values.date(day, "date of signature"))
                    .isInstanceOf(InvalidValue.class)
                    .hasMessage("date of signature " + day + " is out of range: Entente records dates in the years "
                            + "1000 to 2999")
                    .extracting(e -> ((InvalidValue) e).code()).isEqualTo("date.out-of-range");
        }

        @Test
        void is_checked_wherever_a_command_carries_one() {
            LocalDate tooEarly = LocalDate.of(999, 12, 31);
            LocalDate tooLate = LocalDate.of(3000, 1, 1);
            LocalDate fine = LocalDate.of(2024, 7, 11);
            AgreementId id = AgreementId.of("a");
            List<Runnable> commands = List.of(
                    () -> visitPlannedFor(tooEarly, fine),
                    () -> visitPlannedFor(fine, tooLate),
                    () -> new PostponeVisit(VisitId.of("v"), fine, fine, tooLate, null, List.of()),
                    () -> new ConcludeAgreement(id, fine, "t", InstrumentKind.TREATY, List.of(), List.of(), List.of(),
                            EntryIntoForceRule.onFixedDate(tooLate), null, null, List.of()),
                    () -> new TerminateAgreement(id, fine, TerminationGround.MUTUAL_CONSENT, null, null, tooLate,
                            List.of()),
                    () -> new EstablishDiplomaticRelations(Dyad.of("AZ", "PK"), tooEarly, List.of()),
                    () -> new SignAgreement(id, fine, null, List.of(Signature.forParty(Country.of("AZ"))), null,
                            List.of(Source.of("An old chronicle", "a monastery", tooEarly))));
            for (Runnable command : commands) {
                assertThatThrownBy(command::run)
                        .isInstanceOf(InvalidValue.class)
                        .extracting(e -> ((InvalidValue) e).code()).isEqualTo("date.out-of-range");
            }
        }

        @Test
        void is_not_checked_when_an_event_is_loaded_as_it_was_stored() {
            LocalDate stored = LocalDate.of(1, 1, 1);
            assertThat(new VisitScheduled(VisitId.of("v"), stored, guest, Country.of("PK"), VisitKind.STATE, stored,
                    stored, List.of()).occurredOn()).isEqualTo(stored);
        }
    }

    @Nested
    class Values_whose_equality_is_written_out {

        /** A record of the same shape, whose equals and hashCode are the record's own. */
        private record Text(String value) {
        }

        @ParameterizedTest
        @ValueSource(strings = {"AZ", "PK", "TR"})
        void equal_and_hash_as_a_record_of_their_text_would(String text) {
            Country country = Country.of(text);
            PartnershipLevel level = PartnershipLevel.of("strategic partnership " + text);
            VisitId visit = VisitId.of("visit-" + text);

            assertThat(country).isEqualTo(Country.of(text.toLowerCase(java.util.Locale.ROOT))).isNotEqualTo(
                    Country.of("FR")).isNotEqualTo(text).isNotEqualTo(null);
            assertThat(country.hashCode()).isEqualTo(new Text(text).hashCode());
            assertThat(level).isEqualTo(PartnershipLevel.of("Strategic  Partnership " + text))
                    .isNotEqualTo(PartnershipLevel.STRATEGIC).isNotEqualTo(null);
            assertThat(level.hashCode()).isEqualTo(new Text(level.name()).hashCode());
            assertThat(visit).isEqualTo(VisitId.of("visit-" + text)).isNotEqualTo(VisitId.of("visit-FR"))
                    .isNotEqualTo(visit.value()).isNotEqualTo(null);
            assertThat(visit.hashCode()).isEqualTo(new Text(visit.value()).hashCode());
            AgreementId agreement = AgreementId.of("agreement-" + text.toLowerCase(java.util.Locale.ROOT));
            assertThat(agreement).isEqualTo(AgreementId.of(agreement.value())).isNotEqualTo(AgreementId.of("other"))
                    .isNotEqualTo(agreement.value()).isNotEqualTo(null);
            assertThat(agreement.hashCode()).isEqualTo(new Text(agreement.value()).hashCode());
            MeetingId meeting = MeetingId.of("meeting-" + text.toLowerCase(java.util.Locale.ROOT));
            assertThat(meeting).isEqualTo(MeetingId.of(meeting.value())).isNotEqualTo(MeetingId.of("other"))
                    .isNotEqualTo(meeting.value()).isNotEqualTo(null);
            assertThat(meeting.hashCode()).isEqualTo(new Text(meeting.value()).hashCode());
        }

        /** Records of the shapes of a dyad and a source, with the record's own equals and hashCode. */
        private record Pair(Country first, Country second) {
        }

        private record Cited(String title, String publisher, LocalDate published, URI url) {
        }

        @ParameterizedTest
        @ValueSource(strings = {"AZ", "PK", "TR"})
        void a_dyad_equals_and_hashes_as_a_record_of_its_two_countries_would(String text) {
            Dyad dyad = Dyad.of(text, "FR");

            assertThat(dyad).isEqualTo(Dyad.of("FR", text)).isNotEqualTo(Dyad.of(text, "GB")).isNotEqualTo(null)
                    .isNotEqualTo(new Pair(dyad.first(), dyad.second()));
            assertThat(dyad.hashCode()).isEqualTo(new Pair(dyad.first(), dyad.second()).hashCode());
        }

        @ParameterizedTest
        @CsvSource(value = {"https://example.org/a", "NULL"}, nullValues = "NULL")
        void a_source_equals_and_hashes_as_a_record_of_its_four_parts_would(String url) {
            LocalDate day = LocalDate.of(2024, 7, 12);
            Source source = Source.of("Visit ends", "Azertac", day, url);
            URI address = url == null ? null : URI.create(url);

            assertThat(source).isEqualTo(Source.of("Visit ends", "Azertac", day, url)).isNotEqualTo(null)
                    .isNotEqualTo(Source.of("Visit ended", "Azertac", day, url))
                    .isNotEqualTo(Source.of("Visit ends", "APP", day, url))
                    .isNotEqualTo(Source.of("Visit ends", "Azertac", day.plusDays(1), url))
                    .isNotEqualTo(Source.of("Visit ends", "Azertac", day,
                            url == null ? "https://example.org/b" : null));
            assertThat(source.hashCode()).isEqualTo(new Cited("Visit ends", "Azertac", day, address).hashCode());
        }
    }
}

package dev.entente.adapters.cli;

import dev.entente.application.query.AgreementEntry;
import dev.entente.application.query.AgreementQuery;
import dev.entente.application.query.StoreReadModels;
import dev.entente.application.query.VisitLogEntry;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The commands that ask the read models: state, timeline, agreements, visits. */
final class QueryCommands {

    private QueryCommands() {
    }

    /** The question command named {@code name}, found without building picocli's model; null for any other name. */
    static Class<?> byName(String name) {
        return switch (name) {
            case "state" -> State.class;
            case "timeline" -> Timeline.class;
            case "agreements" -> Agreements.class;
            case "visits" -> Visits.class;
            default -> null;
        };
    }

    @Command(name = "state", mixinStandardHelpOptions = true,
            description = "The relationship between two countries on a date: relations, recognitions, partnership, "
                    + "declared support, agreements by status and sector, visits.")
    static final class State implements Callable<Integer> {

        @Mixin
        DyadArguments countries;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The date (yyyy-MM-dd); today by default.")
        LocalDate asOf;

        @Mixin
        StoreOption store;

        @Mixin
        RecordedAtOption recorded;

        @Mixin
        FormatOption format;

        @Override
        public Integer call() {
            Dyad dyad = countries.dyad();
            LocalDate date = asOf == null ? today() : asOf;
            Output output = new Output(System.out, format.format());
            RelationshipState state = recorded.answer(store.store(), models -> models.stateOf(dyad, date));
            recorded.announce(format.format());
            output.state(state);
            return ExitCode.OK;
        }
    }

    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = "Everything that happened between two countries, in order, with its sources.")
    static final class Timeline implements Callable<Integer> {

        @Mixin
        DyadArguments countries;

        @Option(names = "--from", paramLabel = "DATE", description = "The first day (yyyy-MM-dd); the beginning by default.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "The last day (yyyy-MM-dd); the end by default.")
        LocalDate to;

        @Mixin
        StoreOption store;

        @Mixin
        RecordedAtOption recorded;

        @Mixin
        FormatOption format;

        @Override
        public Integer call() {
            Dyad dyad = countries.dyad();
            StoreReadModels.checkRange(from, to);
            Output output = new Output(System.out, format.format());
            List<TimelineEntry> entries = recorded.answer(store.store(), models -> models.timeline(dyad, from, to));
            recorded.announce(format.format());
            output.timeline(dyad, entries,
                    (from == null ? "from the beginning" : "from " + from) + (to == null ? " to the end" : " to " + to));
            return ExitCode.OK;
        }
    }

    @Command(name = "agreements", mixinStandardHelpOptions = true,
            description = "The agreement register: agreements by party, sector, kind and status on a date.")
    static final class Agreements implements Callable<Integer> {

        @Option(names = "--party", paramLabel = "COUNTRY", description = "Only agreements this country is party to.")
        String party;

        @Option(names = "--sector", paramLabel = "SECTOR", description = "Only agreements in this sector (e.g. trade, energy).")
        String sector;

        @Option(names = "--kind", paramLabel = "KIND", description = "Only instruments of this kind (e.g. treaty, memorandum-of-understanding).")
        String kind;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only agreements with this status on the date "
                + "(concluded, signed, provisionally-applied, in-force, suspended, terminated, expired).")
        String status;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The date statuses are read on; today by default.")
        LocalDate asOf;

        @Mixin
        StoreOption store;

        @Mixin
        RecordedAtOption recorded;

        @Mixin
        FormatOption format;

        @Override
        public Integer call() {
            LocalDate date = asOf == null ? today() : asOf;
            AgreementQuery query = AgreementQuery.on(date);
            StringBuilder heading = new StringBuilder("Agreements");
            if (party != null) {
                Country country = Country.of(party);
                query = query.withParty(country);
                heading.append(" with ").append(country.name());
            }
            if (sector != null) {
                Sector s = Sector.parse(sector);
                query = query.inSector(s);
                heading.append(" in ").append(s.label());
            }
            if (kind != null) {
                query = query.ofKind(constant(InstrumentKind.class, kind, "--kind"));
            }
            if (status != null) {
                query = query.withStatus(constant(AgreementStatus.class, status, "--status"));
            }
            heading.append(" on ").append(date);
            Output output = new Output(System.out, format.format());
            AgreementQuery asked = query;
            List<AgreementEntry> entries = recorded.answer(store.store(), models -> models.agreements(asked));
            recorded.announce(format.format());
            output.agreements(entries, heading.toString());
            return ExitCode.OK;
        }
    }

    @Command(name = "visits", mixinStandardHelpOptions = true,
            description = "The visits between two countries, each with its honours, ceremonies, talks, statements "
                    + "and the agreements signed during it.")
    static final class Visits implements Callable<Integer> {

        @Mixin
        DyadArguments countries;

        @Option(names = "--as-of", paramLabel = "DATE",
                description = "The date (yyyy-MM-dd): each visit as known then; everything on record by default.")
        LocalDate asOf;

        @Mixin
        StoreOption store;

        @Mixin
        RecordedAtOption recorded;

        @Mixin
        FormatOption format;

        @Override
        public Integer call() {
            Dyad dyad = countries.dyad();
            Output output = new Output(System.out, format.format());
            List<VisitLogEntry> entries = recorded.answer(store.store(),
                    models -> asOf == null ? models.visits(dyad) : models.visits(dyad, asOf));
            recorded.announce(format.format());
            output.visits(dyad, entries);
            return ExitCode.OK;
        }
    }

    /** Today in the system's time zone, whose rules a question's preload may be making (QuestionPreload). */
    private static LocalDate today() {
        QuestionPreload.awaitZone();
        return LocalDate.now();
    }

    /** An enum constant from text in any case, with '-' or ' ' between words; a usage error names the choices. */
    static <E extends Enum<E>> E constant(Class<E> type, String text, String option) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replaceAll("[-\\s]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        StringBuilder choices = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            choices.append(choices.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new UsageError(option + " takes one of " + choices + ", not '" + text + "'");
    }
}

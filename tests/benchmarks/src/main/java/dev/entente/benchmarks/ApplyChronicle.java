package dev.entente.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A chronicle of exactly {@code commands} commands in JSON Lines, as a person would write one (see
 * docs/chronicle-format.md), across {@link Cast#DYADS}: each dyad first establishes relations and declares a
 * strategic partnership; then, round after round, each dyad has a visit (scheduled; the guest arrives with guard of
 * honour, gun salute and red carpet; talks; an agreement and a memorandum concluded and signed by both parties
 * during the visit, so that each enters into force; the guest departs) and a declaration (support on an issue, or
 * the partnership reaffirmed). Each round declares its own source on a {@code Source} line, which its commands
 * cite by id; agreements cite a shared treaty series too. Every command is valid and different from the others, so
 * the whole chronicle applies.
 */
final class ApplyChronicle {

    /** A written chronicle: its file, its commands, and the events applying it records. */
    record Written(Path file, int commands, int events, int sources, long bytes) {
    }

    private static final String TREATY_SERIES = "treaty-series";
    private static final String[] SECTORS = {"trade", "energy", "education", "culture", "transport", "health",
            "defence", "tourism"};
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final int total;
    private final Writer out;
    private final ObjectMapper mapper = new ObjectMapper();
    private int commands;
    private int events;
    private int sources;

    private ApplyChronicle(int total, Writer out) {
        this.total = total;
        this.out = out;
    }

    /** Writes the chronicle of {@code commands} commands to {@code file} (a {@code .jsonl} name). */
    static Written write(Path file, int commands) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ApplyChronicle chronicle = new ApplyChronicle(commands, out);
            chronicle.generate();
            out.flush();
            return new Written(file, chronicle.commands, chronicle.events, chronicle.sources, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many events applying the chronicle of {@code commands} commands records, without writing it. */
    static int events(int commands) {
        ApplyChronicle chronicle = new ApplyChronicle(commands, Writer.nullWriter());
        try {
            chronicle.generate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chronicle.events;
    }

    private void generate() throws IOException {
        if (total < 1) {
            throw new IllegalArgumentException("A chronicle needs at least one command, asked for " + total);
        }
        ObjectNode header = JSON.objectNode();
        header.put("format", "entente-chronicle/1");
        header.put("title", "Twenty dyads, " + total + " commands: generated for the apply benchmark");
        line(header);
        ObjectNode series = source(TREATY_SERIES, "Treaty series of the benchmark states", "Benchmark treaty office",
                Cast.FIRST_DAY);
        line(series);
        sources++;
        for (int round = 0; ; round++) {
            for (int d = 0; d < Cast.DYADS.size(); d++) {
                if (!round(round, d, Cast.DYADS.get(d))) {
                    return;
                }
            }
        }
    }

    /** One dyad's round; false once the chronicle holds every command. */
    private boolean round(int round, int dyadIndex, Dyad dyad) throws IOException {
        LocalDate day = Cast.FIRST_DAY.plusDays(30L * round);
        String slug = Cast.slug(dyad);
        String roundSource = slug + "-" + round;
        boolean firstVisitsSecond = round % 2 == 0;
        Country guestCountry = firstVisitsSecond ? dyad.first() : dyad.second();
        Country host = dyad.other(guestCountry);
        Dignitary guest = firstVisitsSecond ? Cast.headOfState(guestCountry) : Cast.headOfGovernment(guestCountry);
        line(source(roundSource, (firstVisitsSecond ? "State visit of the " : "Official visit of the ")
                + guest.name() + " to " + host.name(), "Benchmark wire service", day));
        sources++;

        if (round == 0) {
            ObjectNode established = command("EstablishDiplomaticRelations", day.minusYears(30), roundSource);
            established.put("dyad", dyad.toString());
            ObjectNode partnership = command("DeclarePartnership", day.minusDays(20), roundSource);
            partnership.put("dyad", dyad.toString());
            partnership.put("level", "Strategic Partnership");
            if (!add(established, 1) || !add(partnership, 1)) {
                return false;
            }
        }

        String visit = "v-" + slug + "-" + round;
        ObjectNode schedule = command("ScheduleVisit", day.minusDays(10), roundSource);
        schedule.put("visitId", visit);
        schedule.set("guest", dignitary(guest));
        schedule.put("host", host.code());
        schedule.put("kind", firstVisitsSecond ? "state" : "official");
        schedule.put("plannedFrom", day.toString());
        schedule.put("plannedTo", day.plusDays(1).toString());

        ObjectNode arrival = command("RecordArrival", day, roundSource);
        arrival.put("visitId", visit);
        arrival.put("place", Cast.capitalOf(host) + " airport");
        arrival.putArray("receivedBy").add(dignitary(Cast.headOfGovernment(host)));
        ObjectNode honours = arrival.putObject("honours");
        honours.put("guardOfHonour", true);
        honours.putObject("gunSalute").put("rounds", guest.office().customaryGunSaluteRounds());
        honours.put("redCarpet", true);
        honours.putArray("others").add("children with flowers");

        ObjectNode talks = command("HoldTalks", day, roundSource);
        talks.put("visitId", visit);
        talks.put("format", "delegation-level");
        talks.putArray("participants").add(dignitary(guest)).add(dignitary(Cast.headOfState(host)));
        talks.putArray("topics").add("trade").add("energy").add("security");

        boolean more = add(schedule, 1) && add(arrival, 1) && add(talks, 1);
        for (int k = 0; more && k < 2; k++) {
            String agreement = "a-" + slug + "-" + round + "-" + k;
            String sector = SECTORS[(round * 2 + k + dyadIndex) % SECTORS.length];
            boolean binding = k == 0;
            ObjectNode conclude = command("ConcludeAgreement", day, roundSource, TREATY_SERIES);
            conclude.put("agreementId", agreement);
            conclude.put("title", (binding ? "Agreement on " : "Memorandum on ") + sector + " cooperation, round " + round);
            conclude.put("kind", binding ? "agreement" : "memorandum-of-understanding");
            conclude.putArray("parties").add(dyad.first().code()).add(dyad.second().code());
            conclude.putArray("sectors").add(sector);

            // Signed by both parties; in force on signature (the default rule): signed, then entered into force.
            ObjectNode sign = command("SignAgreement", day, roundSource, TREATY_SERIES);
            sign.put("agreementId", agreement);
            sign.put("place", Cast.capitalOf(host));
            ArrayNode signatures = sign.putArray("signatures");
            signatures.addObject().put("party", dyad.first().code());
            signatures.addObject().put("party", dyad.second().code());
            sign.put("duringVisit", visit);
            more = add(conclude, 1) && add(sign, 2);
        }
        if (more) {
            ObjectNode conclude = command("ConcludeVisit", day.plusDays(1), roundSource);
            conclude.put("visitId", visit);
            conclude.put("place", Cast.capitalOf(host) + " airport");
            more = add(conclude, 1);
        }
        if (more) {
            ObjectNode declaration;
            if (round % 2 == 0) {
                declaration = command("DeclareSupport", day.plusDays(1), roundSource);
                declaration.put("dyad", dyad.toString());
                declaration.put("supporter", guestCountry.code());
                declaration.put("supported", host.code());
                declaration.put("issue", "Issue " + round);
                declaration.put("forum", "UN General Assembly");
            } else {
                declaration = command("ReaffirmPartnership", day.plusDays(1), roundSource);
                declaration.put("dyad", dyad.toString());
                declaration.put("level", "strategic partnership");
            }
            more = add(declaration, 1);
        }
        return more;
    }

    /** Writes a command recording {@code eventCount} events; false once the chronicle holds every command. */
    private boolean add(ObjectNode command, int eventCount) throws IOException {
        line(command);
        commands++;
        events += eventCount;
        return commands < total;
    }

    private static ObjectNode command(String type, LocalDate occurredOn, String... cited) {
        ObjectNode command = JSON.objectNode();
        command.put("type", type);
        command.put("occurredOn", occurredOn.toString());
        ArrayNode sources = command.putArray("sources");
        for (String id : cited) {
            sources.add(id);
        }
        return command;
    }

    private static ObjectNode source(String id, String title, String publisher, LocalDate published) {
        ObjectNode source = JSON.objectNode();
        source.put("type", "Source");
        source.put("id", id);
        source.put("title", title);
        source.put("publisher", publisher);
        source.put("published", published.toString());
        return source;
    }

    private static ObjectNode dignitary(Dignitary dignitary) {
        ObjectNode node = JSON.objectNode();
        node.put("name", dignitary.name());
        node.put("office", dignitary.office().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("country", dignitary.country().code());
        return node;
    }

    private void line(ObjectNode node) throws IOException {
        out.write(mapper.writeValueAsString(node));
        out.write('\n');
    }
}

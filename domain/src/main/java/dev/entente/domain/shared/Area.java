package dev.entente.domain.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A specific area of cooperation, such as {@code pharmaceuticals} or {@code oil and gas exploration}, in free text.
 * The text is normalised so that the same area written two ways is one area: lower case, single spaces, British
 * spelling, and common variants ("textile industries", "oil &amp; gas exploration") mapped to one name.
 */
public record Area(String name) {

    /** Variants seen in news and treaty titles, mapped to the name Entente keeps. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("textile", "textiles"),
            Map.entry("textile industry", "textiles"),
            Map.entry("textile industries", "textiles"),
            Map.entry("pharmaceutical", "pharmaceuticals"),
            Map.entry("pharmaceutical industry", "pharmaceuticals"),
            Map.entry("pharma", "pharmaceuticals"),
            Map.entry("agricultural", "agriculture"),
            Map.entry("oil and gas", "oil and gas exploration"),
            Map.entry("oil & gas exploration", "oil and gas exploration"),
            Map.entry("renewables", "renewable energy"),
            Map.entry("renewable energy projects", "renewable energy"),
            Map.entry("defense production", "defence production"),
            Map.entry("defense industry", "defence production"),
            Map.entry("defence industry", "defence production"),
            Map.entry("military trainings", "military training"),
            Map.entry("educational exchanges", "educational exchange"),
            Map.entry("education exchange", "educational exchange"),
            Map.entry("cultural program", "cultural programmes"),
            Map.entry("cultural programs", "cultural programmes"),
            Map.entry("cultural programme", "cultural programmes"),
            Map.entry("cultural exchange", "cultural programmes"),
            Map.entry("cultural exchanges", "cultural programmes"),
            Map.entry("counterterrorism", "counter-terrorism"),
            Map.entry("counter terrorism", "counter-terrorism"),
            Map.entry("anti-terrorism", "counter-terrorism"),
            Map.entry("mineral resources", "mineral resources and geology"),
            Map.entry("geology", "mineral resources and geology"),
            Map.entry("privatization", "privatisation"),
            Map.entry("privatization of state property", "privatisation of state property"),
            Map.entry("transit", "transit trade"),
            Map.entry("preferential trade agreement", "preferential trade"));

    /** Known areas and the sector they belong to. */
    private static final Map<String, Sector> SECTORS = Map.ofEntries(
            Map.entry("agriculture", Sector.TRADE),
            Map.entry("pharmaceuticals", Sector.TRADE),
            Map.entry("textiles", Sector.TRADE),
            Map.entry("preferential trade", Sector.TRADE),
            Map.entry("transit trade", Sector.TRADE),
            Map.entry("oil and gas exploration", Sector.ENERGY),
            Map.entry("renewable energy", Sector.ENERGY),
            Map.entry("defence production", Sector.DEFENCE),
            Map.entry("military training", Sector.DEFENCE),
            Map.entry("educational exchange", Sector.EDUCATION),
            Map.entry("cultural programmes", Sector.CULTURE),
            Map.entry("counter-terrorism", Sector.SECURITY),
            Map.entry("mineral resources and geology", Sector.MINING),
            Map.entry("privatisation of state property", Sector.ECONOMY));

    public Area {
        name = normalise(Values.text(name, "area"));
    }

    public static Area of(String name) {
        return new Area(name);
    }

    /** The sector this area is filed under, when Entente knows it. */
    public Optional<Sector> knownSector() {
        return Optional.ofNullable(SECTORS.get(name));
    }

    static String normalise(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        folded = folded.replace("defense", "defence").replace("programs", "programmes").replace("program ", "programme ");
        return VARIANTS.getOrDefault(folded, folded);
    }

    @Override
    public String toString() {
        return name;
    }
}

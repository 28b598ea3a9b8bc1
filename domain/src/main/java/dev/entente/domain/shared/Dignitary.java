package dev.entente.domain.shared;

/**
 * A person acting for a state: a name, the office held, the country served and, optionally, the title the sources
 * give beside the office ("Deputy Prime Minister", "Rector of Baku State University"), which the office's few
 * categories cannot say.
 */
public record Dignitary(String name, Office office, Country country, String title) {

    public Dignitary {
        name = Values.text(name, "dignitary name");
        Values.required(office, "office of " + name);
        Values.required(country, "country of " + name);
        title = Values.optionalText(title);
    }

    /** A dignitary the sources name by office only. */
    public Dignitary(String name, Office office, Country country) {
        this(name, office, country, null);
    }

    public static Dignitary headOfState(String name, Country country) {
        return new Dignitary(name, Office.HEAD_OF_STATE, country);
    }

    public static Dignitary headOfGovernment(String name, Country country) {
        return new Dignitary(name, Office.HEAD_OF_GOVERNMENT, country);
    }

    @Override
    public String toString() {
        // The title says more than "other office", so it stands alone then; beside a real office it comes first.
        String held = title == null ? office.label() : office == Office.OTHER ? title : title + "; " + office.label();
        return name + " (" + held + ", " + country + ")";
    }
}

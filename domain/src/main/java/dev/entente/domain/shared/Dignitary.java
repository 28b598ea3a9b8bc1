package dev.entente.domain.shared;

/** A person acting for a state: a name, the office held, and the country served. */
public record Dignitary(String name, Office office, Country country) {

    public Dignitary {
        name = Values.text(name, "dignitary name");
        Values.required(office, "office of " + name);
        Values.required(country, "country of " + name);
    }

    public static Dignitary headOfState(String name, Country country) {
        return new Dignitary(name, Office.HEAD_OF_STATE, country);
    }

    public static Dignitary headOfGovernment(String name, Country country) {
        return new Dignitary(name, Office.HEAD_OF_GOVERNMENT, country);
    }

    @Override
    public String toString() {
        return name + " (" + office.label() + ", " + country + ")";
    }
}

package dev.entente.test;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Source;
import dev.entente.domain.visit.ScheduleVisit;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Sample values for tests, taken from one real visit (President Aliyev of Azerbaijan in Pakistan, 11–12 July 2024):
 * countries, dignitaries with their offices, a source to cite and the visit's dates.
 */
public final class Samples {

    /** Azerbaijan. */
    public static final Country AZ = Country.of("AZ");
    /** Pakistan. */
    public static final Country PK = Country.of("PK");
    /** Türkiye, a third state. */
    public static final Country TR = Country.of("TR");
    /** Azerbaijan and Pakistan. */
    public static final Dyad AZ_PK = Dyad.of(AZ, PK);

    /** Azerbaijan's head of state. */
    public static final Dignitary ALIYEV = Dignitary.headOfState("Ilham Aliyev", AZ);
    /** Pakistan's head of state. */
    public static final Dignitary ZARDARI = Dignitary.headOfState("Asif Ali Zardari", PK);
    /** Pakistan's head of government. */
    public static final Dignitary SHARIF = Dignitary.headOfGovernment("Shehbaz Sharif", PK);
    /** Azerbaijan's foreign minister. */
    public static final Dignitary BAYRAMOV = new Dignitary("Jeyhun Bayramov", Office.FOREIGN_MINISTER, AZ);
    /** Pakistan's foreign minister. */
    public static final Dignitary DAR = new Dignitary("Ishaq Dar", Office.FOREIGN_MINISTER, PK);

    /** A report of the visit. */
    public static final Source REPORT = Source.of("Azerbaijani President Ilham Aliyev's visit to Pakistan",
            "sample report", LocalDate.of(2024, 7, 13));
    /** The sources a sample fact cites. */
    public static final List<Source> SOURCES = List.of(REPORT);

    /** The day the visit was announced. */
    public static final LocalDate ANNOUNCED = LocalDate.of(2024, 7, 8);
    /** The visit's first day. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 11);
    /** The visit's last day. */
    public static final LocalDate LAST_DAY = LocalDate.of(2024, 7, 12);

    /** The sample visit's id. */
    public static final VisitId VISIT = VisitId.of("aliyev-pakistan-2024");

    private Samples() {
    }

    /** The sample state visit, announced on {@link #ANNOUNCED} for {@link #FIRST_DAY} to {@link #LAST_DAY}. */
    public static ScheduleVisit stateVisit() {
        return new ScheduleVisit(VISIT, ANNOUNCED, ALIYEV, PK, VisitKind.STATE, FIRST_DAY, LAST_DAY, SOURCES);
    }
}

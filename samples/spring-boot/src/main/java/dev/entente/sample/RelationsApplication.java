package dev.entente.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web application that answers how two states stood on a date, from an Entente store the starter opens. */
@SpringBootApplication
public class RelationsApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(RelationsApplication.class, args);
    }
}

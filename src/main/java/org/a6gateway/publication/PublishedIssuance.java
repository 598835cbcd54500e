package org.a6gateway.publication;

import java.time.LocalDate;

/** The issuance of a published unit: its monitoring period (the vintage) and the day it was issued. */
public record PublishedIssuance(LocalDate start, LocalDate end, LocalDate issued) {
}

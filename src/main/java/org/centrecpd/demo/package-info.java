/**
 * Demo data, only with the {@code demo} profile (which {@code ./mvnw spring-boot:run} turns on): two
 * invented local authorities shaped like real ones, their centres and staff, one recommissioning in
 * the history, and one login per role. Without the profile nothing here runs, on H2 or PostgreSQL.
 */
package org.centrecpd.demo;

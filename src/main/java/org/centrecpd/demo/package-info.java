/**
 * Demo data for the embedded default: two invented local authorities shaped like real ones, their
 * centres and staff, one recommissioning in the history, and one login per role. Never runs in
 * the postgres profile.
 */
package org.centrecpd.demo;

package org.centrecpd.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    @Query("select l from AccountLink l join fetch l.account where l.tokenHash = :hash")
    Optional<AccountLink> findByTokenHash(@Param("hash") String hash);

    /** Uses a link: 1 if it was still unused, 0 if someone used it first (two tabs, two clicks). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update AccountLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
    int use(@Param("id") long id, @Param("now") Instant now);

    /** Retires every unused link of an account: a newer link, or a new password, makes older links useless. */
    @Modifying(flushAutomatically = true)
    @Query("update AccountLink l set l.usedAt = :now where l.account.id = :accountId and l.usedAt is null")
    int retireAll(@Param("accountId") long accountId, @Param("now") Instant now);
}

package nl.regioregister.query.integriteit.verificatie;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, section 2.1): leaf hash {@code SHA-256(0x00 || leaf)},
 * node hash {@code SHA-256(0x01 || left || right)}, a tree of n leaves split at the largest power of two below n.
 * Works on leaf hashes; the algorithms are the RFC's MTH, PATH and PROOF, and its verification procedures of
 * sections 2.1.3.2 and 2.1.4.2, so that any RFC 9162 verifier can check what this register signs.
 */
public final class Merkleboom {

    public static final int HASHLENGTE = 32;

    private Merkleboom() {
    }

    public static byte[] bladHash(byte[] blad) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        return sha.digest(blad);
    }

    public static byte[] knoopHash(byte[] links, byte[] rechts) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(links);
        return sha.digest(rechts);
    }

    /** MTH({}) = SHA-256 of the empty string. */
    public static byte[] legeWortel() {
        return sha256().digest(new byte[0]);
    }

    /** MTH(D[0:n]) over the given leaf hashes. */
    public static byte[] wortel(List<byte[]> bladHashes) {
        return bladHashes.isEmpty() ? legeWortel() : mth(bladHashes, 0, bladHashes.size());
    }

    /** PATH(m, D[0:n]): the audit path of leaf m in the tree of the first n leaves. */
    public static List<byte[]> inclusiebewijs(List<byte[]> bladHashes, long m, long n) {
        if (n < 1 || n > bladHashes.size() || m < 0 || m >= n) {
            throw new IllegalArgumentException("geen blad " + m + " in een boom van " + n + " bladen");
        }
        List<byte[]> pad = new ArrayList<>();
        path(null, bladHashes, (int) m, 0, (int) n, pad);
        return pad;
    }

    /** PROOF(m, D[0:n]): the consistency proof between the trees of the first m and the first n leaves. */
    public static List<byte[]> consistentiebewijs(List<byte[]> bladHashes, long m, long n) {
        if (m < 0 || m > n || n > bladHashes.size()) {
            throw new IllegalArgumentException("geen consistentie van " + m + " naar " + n + " bladen");
        }
        List<byte[]> bewijs = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(null, bladHashes, (int) m, 0, (int) n, true, bewijs);
        }
        return bewijs;
    }

    /** RFC 9162, 2.1.3.2: does the audit path prove leaf {@code index} with this hash in the tree with this root? */
    public static boolean verifieerInclusie(long index, long grootte, byte[] bladHash, List<byte[]> pad, byte[] wortel) {
        if (index < 0 || index >= grootte) {
            return false;
        }
        long fn = index;
        long sn = grootte - 1;
        byte[] r = bladHash;
        for (byte[] p : pad) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = knoopHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = knoopHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, wortel);
    }

    /**
     * RFC 9162, 2.1.4.2: does the proof show that the tree of {@code oud} leaves with {@code oudeWortel} is a prefix
     * of the tree of {@code nieuw} leaves with {@code nieuweWortel}? Equal sizes need an empty proof and equal roots;
     * the empty tree is a prefix of every tree.
     */
    public static boolean verifieerConsistentie(long oud, long nieuw, byte[] oudeWortel, byte[] nieuweWortel,
            List<byte[]> bewijs) {
        if (oud < 0 || oud > nieuw) {
            return false;
        }
        if (oud == nieuw) {
            return bewijs.isEmpty() && Arrays.equals(oudeWortel, nieuweWortel);
        }
        if (oud == 0) {
            return bewijs.isEmpty() && Arrays.equals(oudeWortel, legeWortel());
        }
        if (bewijs.isEmpty()) {
            return false;
        }
        List<byte[]> pad = new ArrayList<>(bewijs);
        if (Long.bitCount(oud) == 1) {
            pad.add(0, oudeWortel);
        }
        long fn = oud - 1;
        long sn = nieuw - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = pad.get(0);
        byte[] sr = pad.get(0);
        for (byte[] c : pad.subList(1, pad.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = knoopHash(c, fr);
                sr = knoopHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = knoopHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, oudeWortel) && Arrays.equals(sr, nieuweWortel) && sn == 0;
    }

    /**
     * The right edge of a tree: the roots of its perfect subtrees, largest first (one per set bit of the size). With
     * it the next leaf is appended and the root found without reading the earlier leaves again.
     */
    public static List<byte[]> voegToeAanRand(List<byte[]> rand, long grootte, byte[] bladHash) {
        List<byte[]> nieuw = new ArrayList<>(rand);
        byte[] h = bladHash;
        long g = grootte;
        while ((g & 1) == 1) {
            h = knoopHash(nieuw.remove(nieuw.size() - 1), h);
            g >>= 1;
        }
        nieuw.add(h);
        return nieuw;
    }

    /** MTH of the tree whose right edge this is: the perfect subtrees folded from the right. */
    public static byte[] wortelVanRand(List<byte[]> rand) {
        if (rand.isEmpty()) {
            return legeWortel();
        }
        byte[] r = rand.get(rand.size() - 1);
        for (int i = rand.size() - 2; i >= 0; i--) {
            r = knoopHash(rand.get(i), r);
        }
        return r;
    }

    /**
     * Proofs for many leaves of one tree: every subtree root is computed once, so that each further proof costs
     * O(log n) instead of O(n).
     */
    public static final class Bewijzen {
        private final List<byte[]> bladHashes;
        private final java.util.Map<Long, byte[]> wortels = new java.util.HashMap<>();

        public Bewijzen(List<byte[]> bladHashes) {
            this.bladHashes = List.copyOf(bladHashes);
        }

        public int grootte() {
            return bladHashes.size();
        }

        public byte[] wortel() {
            return bladHashes.isEmpty() ? legeWortel() : mth(this, bladHashes, 0, bladHashes.size());
        }

        public List<byte[]> inclusie(long m) {
            if (m < 0 || m >= bladHashes.size()) {
                throw new IllegalArgumentException("geen blad " + m + " in een boom van " + bladHashes.size() + " bladen");
            }
            List<byte[]> pad = new ArrayList<>();
            path(this, bladHashes, (int) m, 0, bladHashes.size(), pad);
            return pad;
        }

        public List<byte[]> consistentie(long m) {
            if (m < 0 || m > bladHashes.size()) {
                throw new IllegalArgumentException("geen consistentie van " + m + " naar " + bladHashes.size());
            }
            List<byte[]> bewijs = new ArrayList<>();
            if (m > 0 && m < bladHashes.size()) {
                subproof(this, bladHashes, (int) m, 0, bladHashes.size(), true, bewijs);
            }
            return bewijs;
        }
    }

    private static byte[] mth(List<byte[]> d, int van, int tot) {
        return mth(null, d, van, tot);
    }

    private static byte[] mth(Bewijzen cache, List<byte[]> d, int van, int tot) {
        int n = tot - van;
        if (n == 1) {
            return d.get(van);
        }
        Long sleutel = ((long) van << 32) | tot;
        if (cache != null) {
            byte[] bekend = cache.wortels.get(sleutel);
            if (bekend != null) {
                return bekend;
            }
        }
        int k = grootsteMachtVanTweeKleinerDan(n);
        byte[] r = knoopHash(mth(cache, d, van, van + k), mth(cache, d, van + k, tot));
        if (cache != null) {
            cache.wortels.put(sleutel, r);
        }
        return r;
    }

    private static void path(Bewijzen c, List<byte[]> d, int m, int van, int tot, List<byte[]> pad) {
        int n = tot - van;
        if (n == 1) {
            return;
        }
        int k = grootsteMachtVanTweeKleinerDan(n);
        if (m < k) {
            path(c, d, m, van, van + k, pad);
            pad.add(mth(c, d, van + k, tot));
        } else {
            path(c, d, m - k, van + k, tot, pad);
            pad.add(mth(c, d, van, van + k));
        }
    }

    private static void subproof(Bewijzen c, List<byte[]> d, int m, int van, int tot, boolean volledig,
            List<byte[]> bewijs) {
        int n = tot - van;
        if (m == n) {
            if (!volledig) {
                bewijs.add(mth(c, d, van, tot));
            }
            return;
        }
        int k = grootsteMachtVanTweeKleinerDan(n);
        if (m <= k) {
            subproof(c, d, m, van, van + k, volledig, bewijs);
            bewijs.add(mth(c, d, van + k, tot));
        } else {
            subproof(c, d, m - k, van + k, tot, false, bewijs);
            bewijs.add(mth(c, d, van, van + k));
        }
    }

    static int grootsteMachtVanTweeKleinerDan(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("elke Java heeft SHA-256", e);
        }
    }
}

//! Ed25519 keys in the signed-note encodings:
//! signer `PRIVATE+KEY+<name>+<key id>+<base64(0x01 || seed)>`,
//! verifier `<name>+<key id>+<base64(0x01 || public key)>`,
//! key id = the first 4 bytes of SHA-256(name || "\n" || 0x01 || public key), as 8 hex digits.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ed25519_dalek::{Signature as EdSignature, Signer as _, SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};
use thiserror::Error;

/// The algorithm byte of Ed25519 keys.
const ALG_ED25519: u8 = 1;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("a key name must be non-empty UTF-8 without spaces or '+'")]
    BadName,
    #[error("a verifier key is NAME+KEYID+BASE64 (8 hex digits of key id, base64 of 0x01 and 32 key bytes)")]
    MalformedVerifier,
    #[error("a private key is PRIVATE+KEY+NAME+KEYID+BASE64 (8 hex digits of key id, base64 of 0x01 and a 32-byte seed)")]
    MalformedSigner,
    #[error("this is a private key (PRIVATE+KEY+...), not a verifier key")]
    PrivateKeyGiven,
    #[error("only Ed25519 keys (algorithm 1) are supported")]
    UnknownAlgorithm,
    #[error("the key id does not match the key's name and bytes")]
    WrongKeyId,
    #[error("the public key is not a valid Ed25519 point")]
    BadPoint,
}

/// Whether `name` may name a key: non-empty, no Unicode white space, no '+' (as Go's note package).
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(char::is_whitespace) && !name.contains('+')
}

fn key_id(name: &str, alg_and_key: &[u8]) -> u32 {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update(b"\n");
    h.update(alg_and_key);
    let sum = h.finalize();
    u32::from_be_bytes([sum[0], sum[1], sum[2], sum[3]])
}

fn with_alg(key: &[u8; 32]) -> Vec<u8> {
    let mut v = Vec::with_capacity(33);
    v.push(ALG_ED25519);
    v.extend_from_slice(key);
    v
}

/// Splits `+KEYID+BASE64` parts and decodes them; the key bytes must be 0x01 and 32 bytes.
fn decode(id_hex: &str, b64: &str) -> Option<(u32, [u8; 32], bool)> {
    if id_hex.len() != 8 || !id_hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let id = u32::from_str_radix(id_hex, 16).ok()?;
    let raw = BASE64.decode(b64).ok()?;
    let (&alg, key) = raw.split_first()?;
    if alg != ALG_ED25519 {
        return Some((id, [0; 32], false));
    }
    Some((id, key.try_into().ok()?, true))
}

/// A key that checks signatures.
#[derive(Clone, Debug)]
pub struct Verifier {
    pub name: String,
    pub key_id: u32,
    key: VerifyingKey,
}

impl Verifier {
    pub fn parse(text: &str) -> Result<Verifier, KeyError> {
        let text = text.trim_end_matches(['\n', '\r']);
        if text.starts_with("PRIVATE+KEY+") {
            return Err(KeyError::PrivateKeyGiven);
        }
        // As Go's note.NewVerifier: the name and key id end at the first two '+' (base64 has '+').
        let mut parts = text.splitn(3, '+');
        let (Some(name), Some(id_hex), Some(b64)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(KeyError::MalformedVerifier);
        };
        if !is_valid_name(name) {
            return Err(KeyError::BadName);
        }
        let (id, key, ed25519) = decode(id_hex, b64).ok_or(KeyError::MalformedVerifier)?;
        if !ed25519 {
            return Err(KeyError::UnknownAlgorithm);
        }
        if key_id(name, &with_alg(&key)) != id {
            return Err(KeyError::WrongKeyId);
        }
        let key = VerifyingKey::from_bytes(&key).map_err(|_| KeyError::BadPoint)?;
        Ok(Verifier { name: name.to_string(), key_id: id, key })
    }

    /// The verifier key as text: `NAME+KEYID+BASE64`.
    pub fn encode(&self) -> String {
        format!(
            "{}+{:08x}+{}",
            self.name,
            self.key_id,
            BASE64.encode(with_alg(self.key.as_bytes()))
        )
    }

    /// Whether `signature` (64 bytes) is this key's signature of `message` (strict Ed25519).
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        EdSignature::from_slice(signature)
            .is_ok_and(|s| self.key.verify_strict(message, &s).is_ok())
    }
}

/// A key that signs.
pub struct Signer {
    pub name: String,
    pub key_id: u32,
    key: SigningKey,
}

impl Signer {
    /// The key pair of `name` with the given 32-byte seed (from the operating system's random
    /// source, for a new key).
    pub fn from_seed(name: &str, seed: &[u8; 32]) -> Result<Signer, KeyError> {
        if !is_valid_name(name) {
            return Err(KeyError::BadName);
        }
        let key = SigningKey::from_bytes(seed);
        let key_id = key_id(name, &with_alg(key.verifying_key().as_bytes()));
        Ok(Signer { name: name.to_string(), key_id, key })
    }

    pub fn parse(text: &str) -> Result<Signer, KeyError> {
        let text = text.trim_end_matches(['\n', '\r']);
        let mut parts = text.splitn(5, '+');
        let (Some("PRIVATE"), Some("KEY"), Some(name), Some(id_hex), Some(b64)) =
            (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(KeyError::MalformedSigner);
        };
        if !is_valid_name(name) {
            return Err(KeyError::BadName);
        }
        let (id, seed, ed25519) = decode(id_hex, b64).ok_or(KeyError::MalformedSigner)?;
        if !ed25519 {
            return Err(KeyError::UnknownAlgorithm);
        }
        let signer = Signer::from_seed(name, &seed)?;
        if signer.key_id != id {
            return Err(KeyError::WrongKeyId);
        }
        Ok(signer)
    }

    /// The private key as text: `PRIVATE+KEY+NAME+KEYID+BASE64`.
    pub fn encode(&self) -> String {
        format!(
            "PRIVATE+KEY+{}+{:08x}+{}",
            self.name,
            self.key_id,
            BASE64.encode(with_alg(self.key.as_bytes()))
        )
    }

    pub fn verifier(&self) -> Verifier {
        Verifier { name: self.name.clone(), key_id: self.key_id, key: self.key.verifying_key() }
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        let s = Signer::from_seed("example.com/witness", &[7; 32]).unwrap();
        let again = Signer::parse(&s.encode()).unwrap();
        assert_eq!(again.encode(), s.encode());
        let v = Verifier::parse(&s.verifier().encode()).unwrap();
        assert_eq!(v.encode(), s.verifier().encode());
        assert!(v.verify(b"hello\n", &s.sign(b"hello\n")));
        assert!(!v.verify(b"hello!\n", &s.sign(b"hello\n")));
    }

    #[test]
    fn base64_with_plus_signs() {
        // Made by audit-chain keygen; its base64 has '+' in it.
        let pubkey =
            "stranger.audit-chain.test+8270c22e+AdbuQUGCh5uLiYLOQRa8M3j+gRMACfv8K7nLD3iUW48v";
        assert_eq!(Verifier::parse(pubkey).unwrap().encode(), pubkey);
        let s = (0..=255u8)
            .map(|b| Signer::from_seed("n", &[b; 32]).unwrap())
            .find(|s| s.encode().matches('+').count() > 4)
            .unwrap();
        assert_eq!(Signer::parse(&s.encode()).unwrap().encode(), s.encode());
    }

    #[test]
    fn bad_keys_are_refused() {
        let s = Signer::from_seed("n", &[1; 32]).unwrap();
        assert_eq!(Verifier::parse(&s.encode()).unwrap_err(), KeyError::PrivateKeyGiven);
        let v = s.verifier().encode();
        assert_eq!(Verifier::parse(&v.replacen('n', "m", 1)).unwrap_err(), KeyError::WrongKeyId);
        assert_eq!(Verifier::parse("n+0000").unwrap_err(), KeyError::MalformedVerifier);
        assert_eq!(Signer::from_seed("a b", &[1; 32]).err(), Some(KeyError::BadName));
        assert_eq!(Signer::parse(&v).err(), Some(KeyError::MalformedSigner));
    }
}

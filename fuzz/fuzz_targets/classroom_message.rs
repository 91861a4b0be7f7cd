//! Anything a browser can send the classroom host: the decoder checks size, shape and version
//! and never panics; what it accepts says the same thing when written back and read again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oewg_sim::classroom::protocol::{ClientMessage, MAX_MESSAGE, ProtocolError, VERSION, decode};

fuzz_target!(|data: &[u8]| {
    match decode(data) {
        Ok(message) => {
            assert!(data.len() <= MAX_MESSAGE);
            assert_eq!(message.version(), VERSION);
            let again = serde_json::to_vec(&message).expect("a decoded message writes back");
            let round: ClientMessage = decode(&again).expect("and reads again");
            assert_eq!(round, message);
        }
        Err(ProtocolError::TooLarge(n)) => assert!(n > MAX_MESSAGE),
        Err(ProtocolError::Malformed(why)) => {
            // The reason names the error, never the input.
            assert!(why.len() < 200, "{why}");
        }
        Err(_) => {}
    }
});

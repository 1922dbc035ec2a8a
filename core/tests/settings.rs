//! The settings' declaration (`rolefit_core::settings`) agrees with the code that applies them.

use rolefit_core::settings::{by_option, Values, SETTINGS};
use rolefit_core::{Length, Locale, Mode, Timeouts};

#[test]
fn defaults_are_the_ones_the_widget_applies() {
    let timeouts = Timeouts::default();
    for (option, seconds) in [
        ("idleSeconds", timeouts.idle),
        ("warningSeconds", timeouts.warning),
        ("resultSeconds", timeouts.result),
    ] {
        assert_eq!(
            by_option(option).unwrap().default,
            seconds.to_string(),
            "{option}"
        );
    }
    let length = by_option("length").unwrap();
    assert_eq!(length.default, Length::default_for(Mode::Embedded).id());
    assert_eq!(
        length.kiosk_default,
        Some(Length::default_for(Mode::Kiosk(timeouts)).id())
    );
    assert_eq!(by_option("mode").unwrap().default, "embedded");
}

#[test]
fn every_word_is_read_by_the_widget() {
    for word in by_option("length").unwrap().words() {
        assert_eq!(Length::from_setting(word).map(Length::id), Ok(word));
    }
    let lang = by_option("lang").unwrap();
    assert_eq!(lang.words().len(), Locale::ALL.len());
    for word in lang.words() {
        assert_eq!(Locale::from_tag(word).map(Locale::tag), Ok(word));
    }
}

#[test]
fn samples_are_read_as_declared() {
    for setting in &SETTINGS {
        let (good, bad) = setting.samples();
        for value in good {
            let read = setting.normalise(&value);
            assert!(read.is_some(), "{} refuses {value:?}", setting.option);
            if matches!(setting.values, Values::OneOf(_) | Values::Colour) {
                assert_eq!(read.unwrap(), value.trim().to_ascii_lowercase());
            }
        }
        for value in bad {
            assert_eq!(
                setting.normalise(value),
                None,
                "{} takes {value:?}",
                setting.option
            );
        }
    }
    // Names are unique, and an attribute is the option written with hyphens.
    for (i, setting) in SETTINGS.iter().enumerate() {
        assert!(SETTINGS[..i].iter().all(|s| s.option != setting.option));
        let hyphens: String = setting
            .option
            .chars()
            .flat_map(|c| match c.is_ascii_uppercase() {
                true => vec!['-', c.to_ascii_lowercase()],
                false => vec![c],
            })
            .collect();
        assert!(
            setting.attribute.starts_with(&hyphens),
            "{}",
            setting.option
        );
    }
}

<?php
/**
 * The widget's placeholder, `<div data-rolefit …>`, from the settings of a shortcode or block.
 *
 * The widget itself judges each value (embed.js): one it does not understand gets its console
 * warning naming the setting, and the default. Here a value only has to arrive intact and
 * harmless: a known setting, as text, short, escaped. Whatever an author types, the markup
 * stays whole and PHP stays quiet.
 *
 * @package RoleFit
 */

defined( 'ABSPATH' ) || exit;

/** The settings an author can give, as the shortcode names them, with the longest sensible value. */
const ROLEFIT_SETTINGS = array(
	'lang'            => 16,
	'theme'           => 16,
	'mode'            => 16,
	'accent'          => 16,
	'bank'            => 2048,
	'include-answers' => 16,
);

/**
 * The block's attributes (block.json), with the setting each one is.
 *
 * @return array<string,string>
 */
function rolefit_block_settings() {
	return array(
		'lang'           => 'lang',
		'theme'          => 'theme',
		'mode'           => 'mode',
		'accent'         => 'accent',
		'bank'           => 'bank',
		'includeAnswers' => 'include-answers',
	);
}

/**
 * A setting's value as the text the widget reads, or null when there is nothing to pass on.
 *
 * @param string $name  The setting.
 * @param mixed  $value What the author gave.
 * @return string|null
 */
function rolefit_setting_text( $name, $value ) {
	if ( is_bool( $value ) ) {
		$value = $value ? 'true' : 'false';
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	// No control characters or stray spaces; a value too long for any valid one is cut, and
	// the widget warns about what is left.
	$value = trim( preg_replace( '/[\x00-\x1f\x7f]+/', '', $value ) );
	if ( '' === $value ) {
		return null;
	}
	return function_exists( 'mb_substr' )
		? mb_substr( $value, 0, ROLEFIT_SETTINGS[ $name ], 'UTF-8' )
		: substr( $value, 0, ROLEFIT_SETTINGS[ $name ] );
}

/**
 * The placeholder element for the given settings; unknown settings are left out.
 *
 * @param array $settings Setting name => value.
 * @return string
 */
function rolefit_placeholder( array $settings ) {
	$markup = '<div data-rolefit';
	foreach ( ROLEFIT_SETTINGS as $name => $longest ) {
		if ( ! array_key_exists( $name, $settings ) ) {
			continue;
		}
		$text = rolefit_setting_text( $name, $settings[ $name ] );
		if ( null !== $text ) {
			$markup .= sprintf( ' data-%s="%s"', $name, esc_attr( $text ) );
		}
	}
	return $markup . '></div>';
}

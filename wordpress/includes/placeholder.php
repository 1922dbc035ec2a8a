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
	'length'          => 16,
	'accent'          => 16,
	'bank'            => 2048,
	'include-answers' => 16,
);

/**
 * The next steps after the result, as the shortcode names them: `next-<role>` (an address) and
 * `next-label-<role>` or `next-label-<role>-<lang>` (its text), with a role id of lowercase
 * letters, digits and single hyphens (WordPress lowercases a shortcode's attribute names).
 */
const ROLEFIT_NEXT_NAME = '/^next-(?:label-)?[a-z0-9]+(?:-[a-z0-9]+)*$/';

/** The longest next step's address and label an author can give. */
const ROLEFIT_NEXT_LONGEST = array(
	'url'   => 2048,
	'label' => 200,
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
		'length'         => 'length',
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
	return rolefit_text( $value, ROLEFIT_SETTINGS[ $name ] );
}

/**
 * A value as text, without control characters or stray spaces, cut to `$longest` characters
 * (the widget warns about what is left of one too long); null when there is nothing to pass on.
 *
 * @param mixed $value   What the author gave.
 * @param int   $longest The longest sensible value.
 * @return string|null
 */
function rolefit_text( $value, $longest ) {
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
		? mb_substr( $value, 0, $longest, 'UTF-8' )
		: substr( $value, 0, $longest );
}

/**
 * A next step's address for the placeholder: one with http: or https:, or one on this site
 * from its root (`/guides/…`), through esc_url with those two protocols only. Anything else
 * (`javascript:`, `data:`, `guide.html`, which esc_url would make `http://guide.html`) becomes
 * empty: nothing of it reaches the page, and the widget warns that the role has no next step.
 *
 * @param string $address What the author gave, as text.
 * @return string The address, escaped for an attribute, or ''.
 */
function rolefit_next_url( $address ) {
	if ( ! preg_match( '#^(/|https?:)#i', $address ) ) {
		return '';
	}
	return esc_url( $address, array( 'http', 'https' ) );
}

/**
 * The block's next steps (its `next` attribute: role id => { url, label }) as the shortcode
 * names them; a role id of another shape is left out.
 *
 * @param mixed $next The attribute's value.
 * @return array<string,mixed>
 */
function rolefit_block_next( $next ) {
	$settings = array();
	foreach ( is_array( $next ) ? $next : array() as $role => $step ) {
		if ( ! is_string( $role ) || 0 === strpos( $role, 'label-' ) || ! is_array( $step ) || ! preg_match( ROLEFIT_NEXT_NAME, 'next-' . $role ) ) {
			continue;
		}
		foreach ( array( 'url' => 'next-', 'label' => 'next-label-' ) as $field => $prefix ) {
			if ( isset( $step[ $field ] ) ) {
				$settings[ $prefix . $role ] = $step[ $field ];
			}
		}
	}
	return $settings;
}

/**
 * The next steps among the settings, as the placeholder's data-next-* attributes. An address
 * given but not allowed stays, empty (rolefit_next_url); an address or label left empty, or
 * only spaces, is left out.
 *
 * @param array $settings Setting name => value.
 * @return string The attributes, each with a leading space.
 */
function rolefit_next_attributes( array $settings ) {
	$markup = '';
	foreach ( $settings as $name => $value ) {
		if ( ! is_string( $name ) || strlen( $name ) > 100 || ! preg_match( ROLEFIT_NEXT_NAME, $name ) ) {
			continue;
		}
		$label = 0 === strpos( $name, 'next-label-' );
		$text  = rolefit_text( $value, ROLEFIT_NEXT_LONGEST[ $label ? 'label' : 'url' ] );
		if ( null === $text ) {
			continue;
		}
		$markup .= sprintf( ' data-%s="%s"', $name, $label ? esc_attr( $text ) : rolefit_next_url( $text ) );
	}
	return $markup;
}

/**
 * The quiz's intro as markup, for inside the placeholder: the build's `intro-<lang>.html`, the
 * widget's own intro, so a candidate sees it with a Start button that works from the page's
 * first paint, before the widget has loaded (which then takes its place, unchanged). Only where
 * the widget will open on it: a language the author set, no kiosk, no bank of their own (the
 * widget takes it away anywhere else), and the widget's stylesheet in the page's head (else
 * the intro would show unstyled until the widget adds it).
 *
 * @param array $settings Setting name => value.
 * @return string The intro's markup, or nothing.
 */
function rolefit_intro( array $settings ) {
	// Read as the widget reads them, whatever their case (`mode="Kiosk"` is a kiosk, which
	// opens on its attract screen: no intro to show before it).
	$lang = isset( $settings['lang'] ) && is_string( $settings['lang'] ) ? strtolower( trim( $settings['lang'] ) ) : '';
	$mode = isset( $settings['mode'] ) && is_string( $settings['mode'] ) ? strtolower( trim( $settings['mode'] ) ) : '';
	if ( ! in_array( $lang, array( 'it', 'es', 'en' ), true ) || 'kiosk' === $mode || ! empty( $settings['bank'] ) ) {
		return '';
	}
	// A block theme renders the post before the head: the stylesheet can still go there.
	if ( ! did_action( 'wp_head' ) ) {
		rolefit_style();
	}
	if ( ! wp_style_is( 'rolefit', did_action( 'wp_head' ) ? 'done' : 'enqueued' ) ) {
		return '';
	}
	$file = dirname( __DIR__ ) . '/widget/intro-' . $lang . '.html';
	// Written by the build from the quiz's own texts, escaped there: markup of the plugin's own.
	$intro = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	return false === $intro ? '' : trim( $intro );
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
	return $markup . rolefit_next_attributes( $settings ) . '>' . rolefit_intro( $settings ) . '</div>';
}

<?php
/**
 * Plugin Name:       RoleFit
 * Description:       A career self-assessment quiz: Community Manager, Social Media Manager or Social Media Strategist? Add it with the [rolefit] shortcode or the RoleFit quiz block. Everything runs in the reader's browser.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       rolefit
 * Domain Path:       /languages
 *
 * @package RoleFit
 */

defined( 'ABSPATH' ) || exit;

/** The widget's version, for the browser's cache of its files. */
const ROLEFIT_VERSION = '0.1.0';

require_once __DIR__ . '/includes/placeholder.php';

add_action( 'init', 'rolefit_register' );
add_action( 'wp_enqueue_scripts', 'rolefit_enqueue_style' );
add_filter( 'script_loader_tag', 'rolefit_module_script_tag', 10, 3 );

/**
 * The shortcode, the block (from block/block.json) and the translations of both.
 */
function rolefit_register() {
	load_plugin_textdomain( 'rolefit', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	add_shortcode( 'rolefit', 'rolefit_shortcode' );
	$block = register_block_type( __DIR__ . '/block', array( 'render_callback' => 'rolefit_render_block' ) );
	if ( $block && ! empty( $block->editor_script ) ) {
		wp_set_script_translations( $block->editor_script, 'rolefit', __DIR__ . '/languages' );
	}
}

/**
 * `[rolefit lang="it" theme="auto" mode="embedded" length="quick" accent="#0a7d5a" bank="…" include-answers="false"]`,
 * with a next step after the result for a role: `next-community-manager="/guides/cm/"`,
 * `next-label-community-manager="Read our guide"` (or `next-label-community-manager-it=…`).
 *
 * @param array|string $attributes The shortcode's attributes ('' when it has none).
 * @return string The widget's placeholder.
 */
function rolefit_shortcode( $attributes ) {
	$settings = array();
	foreach ( is_array( $attributes ) ? $attributes : array() as $name => $value ) {
		// Positional words ([rolefit it]) have numeric keys: no setting of ours.
		if ( is_string( $name ) ) {
			$settings[ $name ] = $value;
		}
	}
	rolefit_enqueue();
	return rolefit_placeholder( $settings );
}

/**
 * The block's markup, rendered on each view from the settings the editor saved.
 *
 * @param array $attributes The block's attributes, typed by block.json.
 * @return string The widget's placeholder in the block's wrapper.
 */
function rolefit_render_block( $attributes ) {
	$settings = array();
	foreach ( rolefit_block_settings() as $attribute => $setting ) {
		if ( isset( $attributes[ $attribute ] ) ) {
			$settings[ $setting ] = $attributes[ $attribute ];
		}
	}
	$settings += rolefit_block_next( $attributes['next'] ?? array() );
	rolefit_enqueue();
	return sprintf(
		'<div %s>%s</div>',
		get_block_wrapper_attributes(),
		rolefit_placeholder( $settings )
	);
}

/**
 * The widget's stylesheet in the head of a post or page that shows a quiz, so that the intro
 * the placeholder carries is styled from the first paint (rolefit_intro). No version in its
 * address: the loader recognises the stylesheet by its name and adds no second one.
 */
function rolefit_enqueue_style() {
	$post = is_singular() ? get_post() : null;
	if ( $post && ( has_shortcode( $post->post_content, 'rolefit' ) || has_block( 'rolefit/quiz', $post ) ) ) {
		rolefit_style();
	}
}

/**
 * Enqueues the widget's stylesheet.
 */
function rolefit_style() {
	wp_enqueue_style( 'rolefit', plugins_url( 'widget/rolefit.css', __FILE__ ), array(), null ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
}

/**
 * The widget's loader, once per page and only on pages that show a quiz: the shortcode and
 * the block ask for it as they render. It finds its other files beside itself.
 */
function rolefit_enqueue() {
	$src = plugins_url( 'widget/embed.js', __FILE__ );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'rolefit', $src, array(), ROLEFIT_VERSION );
	} else {
		wp_enqueue_script( 'rolefit', $src, array(), ROLEFIT_VERSION, true );
	}
}

/**
 * Before WordPress 6.5 had script modules, a module script is a script whose tag says so.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string The tag, as a module script for the widget's loader.
 */
function rolefit_module_script_tag( $tag, $handle, $src ) {
	if ( 'rolefit' !== $handle ) {
		return $tag;
	}
	return wp_get_script_tag(
		array(
			'type' => 'module',
			'src'  => $src,
			'id'   => 'rolefit-js',
		)
	);
}

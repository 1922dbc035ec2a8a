// The RoleFit quiz block in the editor: a card that sums up the settings, and the settings in
// the sidebar, with a next step after the result for each role of the quiz. Plain script on
// WordPress's own packages, no build step. The page shows the real quiz; the markup comes from
// PHP (rolefit_render_block), so the block saves nothing itself.
( function ( blocks, element, blockEditor, components, i18n ) {
	'use strict';

	var el = element.createElement;
	var __ = i18n.__;
	var sprintf = i18n.sprintf;

	// The quiz's roles, by id (the content's ids, which the placeholder's data-next-<role> name).
	var ROLES = [
		[ 'community-manager', 'Community Manager' ],
		[ 'social-media-manager', 'Social Media Manager' ],
		[ 'social-media-strategist', 'Social Media Strategist' ],
	];

	var languages = function () {
		return [
			{ value: '', label: __( 'The reader’s browser language', 'rolefit' ) },
			{ value: 'it', label: 'Italiano' },
			{ value: 'es', label: 'Español' },
			{ value: 'en', label: 'English' },
		];
	};
	var themes = function () {
		return [
			{ value: '', label: __( 'The reader’s system setting', 'rolefit' ) },
			{ value: 'light', label: __( 'Light', 'rolefit' ) },
			{ value: 'dark', label: __( 'Dark', 'rolefit' ) },
		];
	};
	var modes = function () {
		return [
			{ value: '', label: __( 'In the page', 'rolefit' ) },
			{ value: 'kiosk', label: __( 'Kiosk (a shared touch screen)', 'rolefit' ) },
		];
	};

	var lengths = function () {
		return [
			{ value: '', label: __( 'Full (quick in kiosk mode)', 'rolefit' ) },
			{ value: 'full', label: __( 'Full: every question', 'rolefit' ) },
			{ value: 'quick', label: __( 'Quick: stops once the answers are clear', 'rolefit' ) },
		];
	};

	var labelOf = function ( options, value ) {
		var found = options.filter( function ( option ) {
			return option.value === value;
		} )[ 0 ];
		return found ? found.label : value;
	};

	var setter = function ( setAttributes, name ) {
		return function ( value ) {
			var change = {};
			change[ name ] = value;
			setAttributes( change );
		};
	};

	// One field of one role's next step; a step left with neither address nor text goes.
	var nextSetter = function ( attributes, setAttributes, role, field ) {
		return function ( value ) {
			var next = Object.assign( {}, attributes.next );
			var step = Object.assign( {}, next[ role ] );
			step[ field ] = value;
			if ( step.url || step.label ) {
				next[ role ] = step;
			} else {
				delete next[ role ];
			}
			setAttributes( { next: next } );
		};
	};

	var nextPanel = function ( attributes, setAttributes ) {
		var next = attributes.next || {};
		var fields = [];
		ROLES.forEach( function ( role ) {
			var step = next[ role[ 0 ] ] || {};
			fields.push(
				el( components.TextControl, {
					key: role[ 0 ] + '-url',
					/* translators: %s: a role's name, such as Community Manager. */
					label: sprintf( __( '%s: address', 'rolefit' ), role[ 1 ] ),
					value: step.url || '',
					onChange: nextSetter( attributes, setAttributes, role[ 0 ], 'url' ),
				} ),
				el( components.TextControl, {
					key: role[ 0 ] + '-label',
					/* translators: %s: a role's name, such as Community Manager. */
					label: sprintf( __( '%s: link text', 'rolefit' ), role[ 1 ] ),
					help: __( 'Empty: “Your next step”, in the reader’s language.', 'rolefit' ),
					value: step.label || '',
					onChange: nextSetter( attributes, setAttributes, role[ 0 ], 'label' ),
				} )
			);
		} );
		return el(
			components.PanelBody,
			{ title: __( 'Next step after the result', 'rolefit' ), initialOpen: false },
			el(
				'p',
				null,
				__( 'For the reader’s top role, a link under the result: an address on this site starting with /, or a full https:// address, and the link’s text. Empty: no link.', 'rolefit' )
			),
			fields
		);
	};

	var settingsPanel = function ( attributes, setAttributes ) {
		return el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Quiz settings', 'rolefit' ) },
				el( components.SelectControl, {
					label: __( 'Language', 'rolefit' ),
					value: attributes.lang,
					options: languages(),
					onChange: setter( setAttributes, 'lang' ),
				} ),
				el( components.SelectControl, {
					label: __( 'Theme', 'rolefit' ),
					value: attributes.theme,
					options: themes(),
					onChange: setter( setAttributes, 'theme' ),
				} ),
				el( components.SelectControl, {
					label: __( 'Mode', 'rolefit' ),
					value: attributes.mode,
					options: modes(),
					onChange: setter( setAttributes, 'mode' ),
				} ),
				el( components.SelectControl, {
					label: __( 'Length', 'rolefit' ),
					value: attributes.length,
					options: lengths(),
					onChange: setter( setAttributes, 'length' ),
				} ),
				el( components.TextControl, {
					label: __( 'Accent colour', 'rolefit' ),
					help: __( 'A colour such as #0a7d5a. Empty: RoleFit’s own.', 'rolefit' ),
					value: attributes.accent,
					onChange: setter( setAttributes, 'accent' ),
				} ),
				el( components.TextControl, {
					label: __( 'Question bank', 'rolefit' ),
					help: __( 'The address of your own question file on this site. Empty: RoleFit’s questions.', 'rolefit' ),
					value: attributes.bank,
					onChange: setter( setAttributes, 'bank' ),
				} ),
				el( components.ToggleControl, {
					label: __( 'Include the answers in the completion event', 'rolefit' ),
					help: __( 'For pages that record the result themselves.', 'rolefit' ),
					checked: !! attributes.includeAnswers,
					onChange: setter( setAttributes, 'includeAnswers' ),
				} )
			),
			nextPanel( attributes, setAttributes )
		);
	};

	var summary = function ( attributes ) {
		return [
			__( 'Language', 'rolefit' ) + ': ' + labelOf( languages(), attributes.lang ),
			__( 'Theme', 'rolefit' ) + ': ' + labelOf( themes(), attributes.theme ),
			__( 'Mode', 'rolefit' ) + ': ' + labelOf( modes(), attributes.mode ),
			__( 'Length', 'rolefit' ) + ': ' + labelOf( lengths(), attributes.length ),
		].join( ' · ' );
	};

	blocks.registerBlockType( 'rolefit/quiz', {
		edit: function ( props ) {
			return el(
				'div',
				blockEditor.useBlockProps(),
				settingsPanel( props.attributes, props.setAttributes ),
				el(
					components.Placeholder,
					{
						icon: 'clipboard',
						label: __( 'RoleFit quiz', 'rolefit' ),
						instructions: __( 'The quiz appears here on the published page. Its settings are in the sidebar.', 'rolefit' ),
					},
					el( 'p', null, summary( props.attributes ) )
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );

/** All causes, in the order error tables list them. */
export const ERROR_CAUSES = Object.freeze([
    'no_prediction', 'wrong_direction', 'wrong_actor_country', 'wrong_root', 'wrong_code', 'spurious',
]);

package schema

import (
	"fmt"

	"github.com/ropacatalog/ropa/internal/iso"
)

func validRoles(roles []string) error {
	for _, r := range roles {
		switch r {
		case "controller", "processor", "joint_controller":
		default:
			return fmt.Errorf("%q is not a role (controller, processor, joint_controller)", r)
		}
	}
	return nil
}

var checkDuration = iso.CheckDuration
